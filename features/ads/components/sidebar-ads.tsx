"use client";

import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";

export type SidebarAd = { id: number; headline: string; text: string; advertiser: string; image: string | null };
export type SidebarSlot = { id: number; width: number; height: number; ads: SidebarAd[] };

// One pick per slot and page view, made in the browser: the page itself stays the same for every
// reader (cacheable), and each running booking of a slot is shown equally often on average.
const picks = new Map<number, number>();
const pickOf = (slot: SidebarSlot) => {
  if (!picks.has(slot.id)) picks.set(slot.id, Math.floor(Math.random() * slot.ads.length));
  return picks.get(slot.id)!;
};
const noSubscription = () => () => {};

function useShown(slot: SidebarSlot): SidebarAd | undefined {
  const index = useSyncExternalStore(
    noSubscription,
    () => (slot.ads.length ? pickOf(slot) : 0),
    () => 0, // the server's HTML (and a reader without JavaScript) shows the first
  );
  return slot.ads[index];
}

function Ad({ slot, house }: { slot: SidebarSlot; house: { title: string; link: string } }) {
  const ad = useShown(slot);
  if (!ad) {
    return (
      <div data-testid="house-ad" className="space-y-1">
        <p className="font-semibold text-slate-900">{house.title}</p>
        <Link href="/werben" className="text-sm text-brand-700 underline">
          {house.link}
        </Link>
      </div>
    );
  }
  return (
    <a href={`/anzeige/${ad.id}`} rel="sponsored nofollow noopener" data-testid="sidebar-ad" data-booking={ad.id} className="block space-y-1 rounded hover:bg-slate-50">
      {/* eslint-disable-next-line @next/next/no-img-element -- an advertiser's creative at the slot's size */}
      {ad.image ? <img src={ad.image} alt="" width={slot.width} height={slot.height} loading="lazy" className="h-auto max-w-full rounded" /> : null}
      <span className="block font-semibold text-slate-900">{ad.headline}</span>
      <span className="block text-sm text-slate-700">{ad.text}</span>
      <span className="block text-sm text-brand-700 underline">{ad.advertiser}</span>
    </a>
  );
}

/** The "Werbung" box: per slot one of its running bookings (or the house ad), and one beacon per page view. */
export function SidebarAds({ slots, house }: { slots: SidebarSlot[]; house: { title: string; link: string } }) {
  useEffect(() => {
    const ids = slots.filter((s) => s.ads.length > 0).map((s) => s.ads[pickOf(s)].id);
    if (ids.length === 0) return;
    const body = JSON.stringify({ ids });
    if (!navigator.sendBeacon?.("/api/ads/impressions", body)) void fetch("/api/ads/impressions", { method: "POST", body, keepalive: true }).catch(() => undefined);
  }, [slots]);
  return (
    <div className="space-y-4">
      {slots.map((slot) => (
        <Ad key={slot.id} slot={slot} house={house} />
      ))}
    </div>
  );
}
