import admin from "./admin.json";
import ads from "./ads.json";
import articles from "./articles.json";
import audit from "./audit.json";
import auth from "./auth.json";
import comments from "./comments.json";
import common from "./common.json";
import media from "./media.json";
import newsletter from "./newsletter.json";
import readerComments from "./readerComments.json";
import sections from "./sections.json";
import site from "./site.json";
import staff from "./staff.json";
import subscriptions from "./subscriptions.json";
import surfTips from "./surfTips.json";

const messages = { admin, ads, articles, audit, auth, comments, common, media, newsletter, readerComments, sections, site, staff, subscriptions, surfTips };
export default messages;
