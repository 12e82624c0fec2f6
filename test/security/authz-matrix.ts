/**
 * The authorization matrix: who may call every server action, route handler and staff page, written
 * out role by role from the product's role table (../shared/PRODUCT.md, "Roles"), NOT derived from
 * lib/permissions.ts — so a wrong mapping in the code shows up as an unexpected allow or deny.
 * authz-registry.test.ts fails when something exists that is not listed here (or the other way round);
 * authz-matrix.test.ts calls every action as each subject, e2e/security/authz-http.spec.ts requests
 * every page and route handler as each subject.
 */

export const SUBJECTS = ["ANONYMOUS", "EDITOR", "MODERATOR", "AD_MANAGER", "ADMIN"] as const;
export type Subject = (typeof SUBJECTS)[number];

const EVERYONE: readonly Subject[] = SUBJECTS;
const ALL_STAFF: readonly Subject[] = ["EDITOR", "MODERATOR", "AD_MANAGER", "ADMIN"];
const ADMIN: readonly Subject[] = ["ADMIN"];
/** Articles, sections, the newsletter's issues (editorial content), article images. */
const EDITORS: readonly Subject[] = ["EDITOR", "ADMIN"];
/** Comments, moderation rules and bans, subscriptions. */
const MODERATORS: readonly Subject[] = ["MODERATOR", "ADMIN"];
/** Ads (slots, bookings, requests, statistics) and surf tips. */
const AD_MANAGERS: readonly Subject[] = ["AD_MANAGER", "ADMIN"];

export type Entry = {
  allowed: readonly Subject[];
  /**
   * public: no session involved (reader forms, links); token: no session, a signed or random token
   * names the one object it may touch (tested as own vs foreign); staff: a session with a role.
   */
  kind: "staff" | "public" | "token";
  note?: string;
};

/** Every export of every "use server" file, as `<file>#<export>`. */
export const ACTIONS: Record<string, Entry> = {
  "features/articles/actions.ts#createArticle": { allowed: EDITORS, kind: "staff" },
  "features/articles/actions.ts#saveArticle": { allowed: EDITORS, kind: "staff" },
  "features/articles/actions.ts#transitionArticle": { allowed: EDITORS, kind: "staff", note: "plus four eyes: an author may not publish their own article from review" },
  "features/articles/actions.ts#restoreRevision": { allowed: EDITORS, kind: "staff" },
  "features/articles/bulk-actions.ts#bulkArticleAction": { allowed: EDITORS, kind: "staff" },
  "features/media/actions.ts#uploadImage": { allowed: EDITORS, kind: "staff", note: "article hero images" },
  "features/sections/actions.ts#createSection": { allowed: EDITORS, kind: "staff" },
  "features/sections/actions.ts#renameSection": { allowed: EDITORS, kind: "staff" },
  "features/sections/actions.ts#moveSection": { allowed: EDITORS, kind: "staff" },
  "features/sections/actions.ts#deleteSection": { allowed: EDITORS, kind: "staff" },
  "features/newsletter/actions.ts#saveIssue": { allowed: EDITORS, kind: "staff", note: "the issue is editorial (a choice of articles); its subscribers are the moderators'" },
  "features/newsletter/actions.ts#sendIssue": { allowed: EDITORS, kind: "staff" },

  "features/staff/actions.ts#createStaff": { allowed: ADMIN, kind: "staff" },
  "features/staff/actions.ts#updateStaffRoles": { allowed: ADMIN, kind: "staff" },
  "features/staff/account-actions.ts#disableStaff": { allowed: ADMIN, kind: "staff" },
  "features/staff/account-actions.ts#enableStaff": { allowed: ADMIN, kind: "staff" },
  "features/staff/account-actions.ts#resetStaffPassword": { allowed: ADMIN, kind: "staff" },
  "features/staff/account-actions.ts#clearStaffLoginLock": { allowed: ADMIN, kind: "staff" },
  "features/staff/invite-actions.ts#acceptInvite": { allowed: EVERYONE, kind: "token", note: "the invite token is the credential" },

  "features/comments/moderation-actions.ts#decideComment": { allowed: MODERATORS, kind: "staff" },
  "features/comments/moderation-actions.ts#decideCommentsInBulk": { allowed: MODERATORS, kind: "staff" },
  "features/comments/moderation-actions.ts#undoLastModeration": { allowed: MODERATORS, kind: "staff", note: "only the caller's own last decision" },
  "features/comments/commenter-actions.ts#banCommenter": { allowed: MODERATORS, kind: "staff" },
  "features/comments/commenter-actions.ts#unbanCommenter": { allowed: MODERATORS, kind: "staff" },
  "features/comments/commenter-actions.ts#banCommentIp": { allowed: MODERATORS, kind: "staff" },
  "features/comments/commenter-actions.ts#unbanCommentIp": { allowed: MODERATORS, kind: "staff" },
  "features/comments/rules-admin-actions.ts#addWord": { allowed: MODERATORS, kind: "staff" },
  "features/comments/rules-admin-actions.ts#removeWord": { allowed: MODERATORS, kind: "staff" },
  "features/comments/rules-admin-actions.ts#saveCommentSettings": { allowed: MODERATORS, kind: "staff" },
  "features/comments/rules-admin-actions.ts#addBan": { allowed: MODERATORS, kind: "staff" },
  "features/comments/rules-admin-actions.ts#removeBan": { allowed: MODERATORS, kind: "staff" },
  "features/comments/reader-actions.ts#submitReport": { allowed: EVERYONE, kind: "public" },

  "features/subscriptions/admin-actions.ts#resendConfirmation": { allowed: MODERATORS, kind: "staff" },
  "features/subscriptions/admin-actions.ts#endSubscription": { allowed: MODERATORS, kind: "staff" },
  "features/subscriptions/admin-actions.ts#erasePerson": { allowed: MODERATORS, kind: "staff" },
  "features/subscriptions/admin-actions.ts#retryOutboxMail": { allowed: MODERATORS, kind: "staff" },
  "features/subscriptions/reader-actions.ts#confirmFromMail": { allowed: EVERYONE, kind: "token" },
  "features/subscriptions/reader-actions.ts#unsubscribeFromMail": { allowed: EVERYONE, kind: "token" },
  "features/subscriptions/reader-actions.ts#setDeliveryFromMail": { allowed: EVERYONE, kind: "token", note: "the manage token names the subscriber; only their own subscriptions" },
  "features/subscriptions/newsletter-actions.ts#signUpForNewsletter": { allowed: EVERYONE, kind: "public" },

  "features/ads/actions.ts#approveBooking": { allowed: AD_MANAGERS, kind: "staff" },
  "features/ads/actions.ts#rejectBooking": { allowed: AD_MANAGERS, kind: "staff" },
  "features/ads/actions.ts#cancelBooking": { allowed: AD_MANAGERS, kind: "staff" },
  "features/ads/actions.ts#createBooking": { allowed: AD_MANAGERS, kind: "staff" },
  "features/ads/slot-actions.ts#saveSlot": { allowed: AD_MANAGERS, kind: "staff" },
  "features/ads/advertiser-actions.ts#saveAdvertiser": { allowed: AD_MANAGERS, kind: "staff" },
  "features/ads/request-actions.ts#requestBooking": { allowed: EVERYONE, kind: "public" },
  "features/surf-tips/actions.ts#addSurfTip": { allowed: AD_MANAGERS, kind: "staff" },
  "features/surf-tips/actions.ts#updateSurfTip": { allowed: AD_MANAGERS, kind: "staff" },
  "features/surf-tips/actions.ts#moveSurfTip": { allowed: AD_MANAGERS, kind: "staff" },
  "features/surf-tips/actions.ts#removeSurfTip": { allowed: AD_MANAGERS, kind: "staff" },
  "features/surf-tips/actions.ts#copySurfTipWeek": { allowed: AD_MANAGERS, kind: "staff" },
  "features/surf-tips/actions.ts#checkSurfTipLinksNow": { allowed: AD_MANAGERS, kind: "staff" },

  "lib/locale-actions.ts#setLocale": { allowed: EVERYONE, kind: "public", note: "only sets the language cookie" },
  "features/admin-shell/logout.ts#logout": { allowed: EVERYONE, kind: "public", note: "ends the caller's own session only; everyone lands on the login page" },
};

/**
 * Every exported HTTP method of every route handler, as `<file> <METHOD>`; `path` is what the HTTP
 * spec requests (`{booking}` etc. are filled with seeded ids), `body` a request body for POSTs,
 * `allowedStatus` what an allowed caller gets when not 200 (e.g. 409: let in, then refused by the state).
 */
export type RouteEntry = Entry & { path: string; body?: string; contentType?: string; allowedStatus?: number };

export const ROUTES: Record<string, RouteEntry> = {
  "app/(admin)/admin/ads/bookings/[id]/stats.csv/route.ts GET": { allowed: AD_MANAGERS, kind: "staff", path: "/admin/ads/bookings/{booking}/stats.csv" },
  "app/(admin)/admin/ads/slots/[id]/stats.csv/route.ts GET": { allowed: AD_MANAGERS, kind: "staff", path: "/admin/ads/slots/{slot}/stats.csv" },
  "app/(admin)/admin/comments/decisions/route.ts POST": {
    allowed: MODERATORS,
    kind: "staff",
    path: "/admin/comments/decisions",
    body: '{"command":"decide","id":2147483647,"expected":"PENDING","decision":"approve"}',
    contentType: "application/json",
    allowedStatus: 409,
    note: "a comment that does not exist: a moderator is let in and refused (409), nothing changes",
  },
  "app/(admin)/admin/comments/actions.csv/route.ts GET": { allowed: MODERATORS, kind: "staff", path: "/admin/comments/actions.csv" },
  "app/(admin)/admin/subscriptions/export.csv/route.ts GET": { allowed: MODERATORS, kind: "staff", path: "/admin/subscriptions/export.csv" },
  "app/(site)/artikel/[slug]/kommentar/route.ts POST": {
    allowed: EVERYONE,
    kind: "public",
    path: "/artikel/die-impfschnecke-in-bw/kommentar",
    body: "articleId=0",
    contentType: "application/x-www-form-urlencoded",
    note: "the reader comment form; an invalid post here, answered with a 303 back to the form",
  },
  "app/anzeige/[id]/route.ts GET": { allowed: EVERYONE, kind: "public", path: "/anzeige/{booking}" },
  "app/api/abo/abmelden/[token]/route.ts GET": { allowed: EVERYONE, kind: "token", path: "/api/abo/abmelden/invalid-token" },
  "app/api/abo/abmelden/[token]/route.ts POST": { allowed: EVERYONE, kind: "token", path: "/api/abo/abmelden/invalid-token", body: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded" },
  "app/api/ads/impressions/route.ts POST": { allowed: EVERYONE, kind: "public", path: "/api/ads/impressions", body: '{"ids":[1]}', contentType: "application/json" },
  "app/api/auth/[...nextauth]/route.ts GET": { allowed: EVERYONE, kind: "public", path: "/api/auth/providers" },
  "app/api/auth/[...nextauth]/route.ts POST": { allowed: EVERYONE, kind: "public", path: "/api/auth/_log", body: "{}", contentType: "application/json", note: "sign-in itself is covered by the login specs" },
  "app/api/test/clock/route.ts POST": { allowed: EVERYONE, kind: "public", path: "/api/test/clock", body: "{}", contentType: "application/json", note: "404 unless NEWSDESK_TEST_CLOCK=1 (never in production); an invalid body here, so it changes nothing" },
  "app/feed.xml/route.ts GET": { allowed: EVERYONE, kind: "public", path: "/feed.xml" },
  "app/media/[file]/route.ts GET": { allowed: EVERYONE, kind: "public", path: "/media/0000000000000000000000000000000000000000000000000000000000000000.png" },
  "app/media/[file]/route.ts HEAD": { allowed: EVERYONE, kind: "public", path: "/media/0000000000000000000000000000000000000000000000000000000000000000.png" },
  "app/surftipp/[id]/route.ts GET": { allowed: EVERYONE, kind: "public", path: "/surftipp/{surftip}" },
  "app/surftipp/[id]/route.ts HEAD": { allowed: EVERYONE, kind: "public", path: "/surftipp/{surftip}" },
};

/** Every staff page (everything under app/(admin), and any other page that checks a staff session). */
export type PageEntry = { allowed: readonly Subject[]; path: string };

export const PAGES: Record<string, PageEntry> = {
  "app/(admin)/admin/page.tsx": { allowed: ALL_STAFF, path: "/admin" },
  "app/(admin)/admin/articles/page.tsx": { allowed: EDITORS, path: "/admin/articles" },
  "app/(admin)/admin/articles/(editor)/new/page.tsx": { allowed: EDITORS, path: "/admin/articles/new" },
  "app/(admin)/admin/articles/(editor)/[id]/page.tsx": { allowed: EDITORS, path: "/admin/articles/{article}" },
  "app/(admin)/admin/articles/(editor)/[id]/revisions/page.tsx": { allowed: EDITORS, path: "/admin/articles/{article}/revisions" },
  "app/(site)/vorschau/[id]/page.tsx": { allowed: EDITORS, path: "/vorschau/{article}" },
  "app/(admin)/admin/sections/page.tsx": { allowed: EDITORS, path: "/admin/sections" },
  "app/(admin)/admin/newsletter/page.tsx": { allowed: EDITORS, path: "/admin/newsletter" },
  "app/(admin)/admin/newsletter/new/page.tsx": { allowed: EDITORS, path: "/admin/newsletter/new" },
  "app/(admin)/admin/newsletter/[id]/page.tsx": { allowed: EDITORS, path: "/admin/newsletter/{issue}" },
  "app/(admin)/admin/comments/page.tsx": { allowed: MODERATORS, path: "/admin/comments" },
  "app/(admin)/admin/comments/[queue]/page.tsx": { allowed: MODERATORS, path: "/admin/comments/pending" },
  "app/(admin)/admin/comments/commenter/page.tsx": { allowed: MODERATORS, path: "/admin/comments/commenter?email=leser%40example.com" },
  "app/(admin)/admin/comments/rules/page.tsx": { allowed: MODERATORS, path: "/admin/comments/rules" },
  "app/(admin)/admin/subscriptions/page.tsx": { allowed: MODERATORS, path: "/admin/subscriptions" },
  "app/(admin)/admin/subscriptions/outbox/page.tsx": { allowed: MODERATORS, path: "/admin/subscriptions/outbox" },
  "app/(admin)/admin/subscriptions/subscriber/[id]/page.tsx": { allowed: MODERATORS, path: "/admin/subscriptions/subscriber/{subscriber}" },
  "app/(admin)/admin/ads/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads" },
  "app/(admin)/admin/ads/new/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads/new" },
  "app/(admin)/admin/ads/requests/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads/requests" },
  "app/(admin)/admin/ads/slots/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads/slots" },
  "app/(admin)/admin/ads/slots/[id]/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads/slots/{slot}" },
  "app/(admin)/admin/ads/bookings/[id]/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads/bookings/{booking}" },
  "app/(admin)/admin/ads/advertisers/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads/advertisers" },
  "app/(admin)/admin/ads/advertisers/[id]/page.tsx": { allowed: AD_MANAGERS, path: "/admin/ads/advertisers/{advertiser}" },
  "app/(admin)/admin/surf-tips/page.tsx": { allowed: AD_MANAGERS, path: "/admin/surf-tips" },
  "app/(admin)/admin/staff/page.tsx": { allowed: ADMIN, path: "/admin/staff" },
  "app/(admin)/admin/staff/new/page.tsx": { allowed: ADMIN, path: "/admin/staff/new" },
  "app/(admin)/admin/staff/[id]/page.tsx": { allowed: ADMIN, path: "/admin/staff/{staff}" },
  "app/(admin)/admin/audit/page.tsx": { allowed: ADMIN, path: "/admin/audit" },
};
