import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id?: number; sid?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    sid?: string;
  }
}
