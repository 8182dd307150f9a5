package org.policytracker.platform.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.Tika;
import org.policytracker.platform.rest.InvalidRequestException;

/**
 * What an uploaded file (a piece of evidence, a plan document, a task list) really is, judged by its bytes, never by its name: PDF, Word, Excel
 * (Office Open XML and the older binary formats) and PNG / JPEG / GIF images. Anything else is
 * refused, and so is a file whose name claims another of these types than its content is.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif");

    /** Detection by content only: Tika given no file name, so a name cannot change the verdict. */
    private static final Tika MAGIC = new Tika();

    private final String mediaType;
    private final String[] extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The allowed types as a list for messages: "PDF, DOCX, …". */
    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }

    /** The type a file name's extension claims, if it is one of ours. */
    public static Optional<FileType> claimedBy(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            for (String e : t.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The type of the content, by its bytes (Apache Tika's magic numbers); {@code fileName} only decides between Word and
     * Excel for the old binary (OLE2) formats, whose container looks the same for both. An Office Open XML file is told
     * apart by its entries (Word's under word/, Excel's under xl/), read within the archive limits.
     */
    public static Optional<FileType> detect(byte[] b, String fileName) {
        String media = MAGIC.detect(b);
        return switch (media) {
            case "application/pdf" -> Optional.of(PDF);
            case "image/png" -> Optional.of(PNG);
            case "image/jpeg" -> Optional.of(JPEG);
            case "image/gif" -> Optional.of(GIF);
            case "application/x-tika-msoffice" -> claimedBy(fileName).filter(t -> t == DOC || t == XLS);
            case "application/zip", "application/x-tika-ooxml" -> officeOpenXml(b);
            default -> Optional.empty();
        };
    }

    private static Optional<FileType> officeOpenXml(byte[] b) {
        boolean contentTypes = false;
        FileType kind = null;
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
        } catch (IOException | InvalidRequestException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

}
