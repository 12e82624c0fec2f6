import admin from "./admin.json";
import audit from "./audit.json";
import auth from "./auth.json";
import common from "./common.json";
import site from "./site.json";
import staff from "./staff.json";

const messages = { admin, audit, auth, common, site, staff };
export default messages;
