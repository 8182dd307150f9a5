package org.policytracker.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;

/** A file a page action answers with instead of the page (a non-Ajax button: report, workbook, template). */
public final class Download {

    private Download() {
    }

    /** Sends the bytes as the response to the current Faces request, which then ends. */
    public static void send(byte[] content, String mediaType, String contentDisposition) throws IOException {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(mediaType);
        ext.setResponseContentLength(content.length);
        ext.setResponseHeader("Content-Disposition", contentDisposition);
        ext.setResponseHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(content);
        }
        ctx.responseComplete();
    }
}
