package org.policytracker.platform.web;

/** For the few pages written without Faces (the container's error pages, the sign-in-unavailable page). */
public final class Html {

    private Html() {
    }

    /** Text made safe inside HTML content and double-quoted attributes. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
