import { useEffect } from 'react';
import { createTimeMeter } from './time-meter.ts';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart'] as const;

/**
 * Counts time while this component is mounted and the page is visible, reporting it every
 * `intervalMs`, when the page is hidden or left (pagehide: the last chance to save), and
 * on unmount.
 */
export function useTimeOnSlides(addTime: (ms: number) => void, intervalMs = 15_000) {
  useEffect(() => {
    const meter = createTimeMeter();
    const now = () => performance.now();
    const report = () => {
      const ms = meter.take(now());
      if (ms >= 1) addTime(ms);
    };
    const visible = () => document.visibilityState === 'visible';
    if (visible()) meter.start(now());

    const onVisibility = () => {
      if (visible()) meter.start(now());
      else {
        meter.stop(now());
        report();
      }
    };
    const onPageHide = () => {
      meter.stop(now());
      report();
    };
    const onPageShow = () => {
      if (visible()) meter.start(now());
    };
    const onActivity = () => meter.activity(now());
    const opts = { capture: true, passive: true } as const;

    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, opts);
    const timer = window.setInterval(report, intervalMs);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, opts);
      meter.stop(now());
      report();
    };
  }, [addTime, intervalMs]);
}
