package org.policytracker.reporting.control;

import org.policytracker.platform.io.Archives;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a piece of evidence really is, judged by its bytes, never by its name: PDF, Word, Excel
 * (Office Open XML and the older binary formats) and PNG / JPEG / GIF images. Anything else is
 * refused, and so is a file whose name claims another of these types than its content is.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif");

    private final String mediaType;
    private final String[] extensions;

    EvidenceType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The allowed types as a list for messages: "PDF, DOCX, …". */
    public static String allowed() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList());
    }

    /** The type a file name's extension claims, if it is one of ours. */
    public static Optional<EvidenceType> claimedBy(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (EvidenceType t : values()) {
            for (String e : t.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The type of the content; {@code fileName} only decides between Word and Excel for the old
     * binary (OLE2) formats, whose container looks the same for both.
     */
    public static Optional<EvidenceType> detect(byte[] b, String fileName) {
        if (starts(b, "%PDF-".getBytes())) {
            return Optional.of(PDF);
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(b, "GIF87a".getBytes()) || starts(b, "GIF89a".getBytes())) {
            return Optional.of(GIF);
        }
        if (starts(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return claimedBy(fileName).filter(t -> t == DOC || t == XLS);
        }
        if (starts(b, new byte[] {'P', 'K', 3, 4})) {
            return officeOpenXml(b);
        }
        return Optional.empty();
    }

    private static Optional<EvidenceType> officeOpenXml(byte[] b) {
        boolean contentTypes = false;
        EvidenceType kind = null;
        try {
            // names only (nothing kept), but every entry inflated within the archive limits: a bomb is no evidence
            for (String name : Archives.names(b)) {
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    kind = DOCX;
                } else if (name.startsWith("xl/")) {
                    kind = XLSX;
                }
            }
        } catch (IOException | org.policytracker.platform.rest.InvalidRequestException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    private static boolean starts(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

}
