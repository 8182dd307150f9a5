package org.policytracker.platform.web;

/** For the few pages written without Faces (the container's error pages, the sign-in-unavailable page). */
public final class Html {

    private Html() {
    }

    /** Text made safe inside HTML content and quoted attributes (the OWASP Java Encoder). */
    public static String escape(String s) {
        return org.owasp.encoder.Encode.forHtml(s);
    }
}
