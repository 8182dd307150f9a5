package org.policytracker.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.json.Jsons;

/**
 * Every request body of the API bounded before a byte of it is read, per operation (docs/api.md, "Limits"): a body
 * announced larger than its operation takes is refused at once with 413 problem+json (nothing read, the connection
 * closed), and one sent without a length is cut off when it passes the limit. The operations' own checks (file type,
 * who may send it) come after; this one holds for every path, including any added later (1 MiB unless listed).
 */
@WebFilter(urlPatterns = "/api/*")
public class BodyLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final long MIB = 1024L * 1024;

    /** A limit for the requests whose method and path (below /api) match. */
    record Limit(String method, Pattern path, long bytes) {
    }

    /** JSON bodies: a 60-task report with every text field full is about 300 KB. */
    static final long DEFAULT_BYTES = MIB;

    static List<Limit> limits() {
        long attachments = ConfigProvider.getConfig().getOptionalValue("policytracker.attachments.max-bytes", Long.class)
                .orElse(20 * MIB);
        return List.of(
                new Limit("POST", Pattern.compile("/submissions/[0-9]+/attachments"), attachments),
                new Limit("PUT", Pattern.compile("/submissions/[0-9]+/sheet"), 5 * MIB),
                new Limit("POST", Pattern.compile("/cases/workbook"), 10 * MIB),
                new Limit("POST", Pattern.compile("/cases/lists"), 4 * MIB),
                new Limit("POST", Pattern.compile("/plan-imports"), 10 * MIB),
                new Limit("POST", Pattern.compile("/plan-imports/sheet"), 5 * MIB),
                new Limit("POST", Pattern.compile("/plan-imports/accepted"), 4 * MIB));
    }

    private transient List<Limit> limits;

    /** The most bytes a request to {@code method path} (below /api) may carry. */
    long limitFor(String method, String path) {
        if (limits == null) {
            limits = limits();
        }
        for (Limit l : limits) {
            if (l.method().equals(method) && l.path().matcher(path).matches()) {
                return l.bytes();
            }
        }
        return DEFAULT_BYTES;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        path = path.startsWith("/api") ? path.substring(4) : path;
        long limit = limitFor(req.getMethod(), path);
        long announced = req.getContentLengthLong();
        if (announced > limit) {
            refuse(req, resp, limit);
            return;
        }
        chain.doFilter(announced >= 0 ? req : new Bounded(req, limit), resp);
    }

    static void refuse(HttpServletRequest req, HttpServletResponse resp, long limit) throws IOException {
        Locale locale = req.getHeader("Accept-Language") == null ? Messages.CHINESE
                : Messages.fromAcceptLanguage(Collections.list(req.getLocales()));
        resp.setStatus(413);
        resp.setHeader("Connection", "close"); // the rest of the body is not read
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(Problem.MEDIA_TYPE);
        resp.getWriter().write(Jsons.PROVIDER.createObjectBuilder()
                .add("type", "urn:policytracker:problem:body-too-large")
                .add("title", Messages.get(locale, "problem.http.413"))
                .add("status", 413)
                .add("detail", Messages.get(locale, "problem.bodyTooLarge.detail", limit / MIB == 0 ? 1 : limit / MIB))
                .add("limitBytes", limit)
                .build().toString());
    }

    /** A body without a length, cut off past its limit. */
    static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream in;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream raw = super.getInputStream();
                in = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = raw.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = raw.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > limit) {
                            throw new PayloadTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        raw.setReadListener(listener);
                    }
                };
            }
            return in;
        }
    }

    /** A body past its operation's limit (413). */
    public static final class PayloadTooLargeException extends RuntimeException {
        private final long limit;

        PayloadTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
