import type { ComponentType } from 'react';
import { useRoutePosition } from '../deck/use-deck-position.ts';
import type { Position } from '../deck/nav.ts';
import { NotFound } from './not-found.tsx';

/** A view at `/<mode>/:n[/:step]`: the position the address names, or the not-found page. */
export function PositionRoute({ view: View }: { view: ComponentType<{ pos: Position }> }) {
  const pos = useRoutePosition();
  if (!pos) return <NotFound />;
  return <View pos={pos} />;
}
