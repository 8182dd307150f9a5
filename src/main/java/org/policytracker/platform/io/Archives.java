package org.policytracker.platform.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.policytracker.platform.rest.InvalidRequestException;

/**
 * Reading the parts of an uploaded Office file (a zip archive) with its size bounded before it is inflated: a workbook
 * of a megabyte whose sheet expands to a gigabyte (a zip bomb) is refused after at most {@value #MOST_TOTAL_BYTES}
 * bytes were inflated, never held whole. Limits: {@value #MOST_ENTRIES} entries, {@value #MOST_PART_BYTES} bytes a
 * part, {@value #MOST_TOTAL_BYTES} in all, and at most {@value #MOST_RATIO} times the file's own size once past
 * {@value #RATIO_FROM_BYTES} bytes (Apache POI's default ratio: a real workbook or document compresses 3–20 times).
 * Every Office file the application reads goes through here (docs/security.md).
 */
public final class Archives {

    public static final int MOST_ENTRIES = 5_000;
    public static final long MOST_PART_BYTES = 16L * 1024 * 1024;
    public static final long MOST_TOTAL_BYTES = 48L * 1024 * 1024;
    public static final long MOST_RATIO = 100;
    public static final long RATIO_FROM_BYTES = 1024L * 1024;

    private Archives() {
    }

    /**
     * The wanted parts by name; every entry counts against the limits, wanted or not (an unwanted one is skipped
     * unread). A file that is no archive is an IOException; one over a limit is refused on the field {@code file}.
     */
    public static Map<String, byte[]> parts(byte[] archive, Predicate<String> wanted) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        long ceiling = Math.min(MOST_TOTAL_BYTES, Math.max(RATIO_FROM_BYTES, archive.length * MOST_RATIO));
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (++entries > MOST_ENTRIES) {
                    throw tooLarge();
                }
                boolean keep = wanted.test(e.getName());
                ByteArrayOutputStream part = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0;) {
                    size += n;
                    total += n;
                    if (size > MOST_PART_BYTES || total > ceiling) {
                        throw tooLarge();
                    }
                    if (keep) {
                        part.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    out.put(e.getName(), part.toByteArray());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("not a zip archive", e);
        }
        return out;
    }

    /** The names of the archive's entries, each read within the same limits (a bomb is refused, not listed). */
    public static java.util.List<String> names(byte[] archive) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        parts(archive, name -> {
            names.add(name);
            return false;
        });
        return names;
    }

    private static InvalidRequestException tooLarge() {
        return new InvalidRequestException("file", "file.archive.tooLarge", MOST_TOTAL_BYTES / (1024 * 1024));
    }
}
