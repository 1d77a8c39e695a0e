// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { SocketConstructor } from '../../src/live/live-client.ts';
import { useLiveSession } from '../../src/live/use-live-session.ts';
import { startTestServer } from './helpers.ts';

const Ws = WebSocket as unknown as SocketConstructor;
let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

describe('useLiveSession', () => {
  it('connects on mount, follows the presenter, and closes on unmount', async () => {
    const server = await startTestServer();
    close = () => server.close();
    const url = `${server.origin.replace('http', 'ws')}/live`;
    const presenter = renderHook(() => useLiveSession({ url, attendeeId: 'p', key: server.presenterKey, WebSocket: Ws }));
    const attendee = renderHook(() => useLiveSession({ url, attendeeId: 'a', WebSocket: Ws }));
    await waitFor(() => expect(presenter.result.current.view.status).toEqual({ kind: 'connected', role: 'presenter' }));
    await waitFor(() => expect(attendee.result.current.view.status).toEqual({ kind: 'connected', role: 'attendee' }));
    act(() => void presenter.result.current.client?.goto(3, 2));
    await waitFor(() => expect(attendee.result.current.view.state).toMatchObject({ slide: 3, step: 2 }));
    attendee.unmount();
    await waitFor(() => expect(server.connections().attendees).toBe(0));
    presenter.unmount();
  });

  it('stays disconnected with no options', () => {
    const { result } = renderHook(() => useLiveSession(null));
    expect(result.current).toEqual({ client: null, view: { status: { kind: 'closed' }, state: null, role: null, counts: null, yourAnswer: null, attendees: null } });
  });
});
