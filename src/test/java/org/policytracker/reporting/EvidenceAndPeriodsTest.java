package org.policytracker.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.policytracker.platform.io.FileType;
import org.policytracker.reporting.entity.Frequency;
import org.policytracker.reporting.entity.Period;

/** Evidence recognised by its bytes; calendar periods and their due dates. */
class EvidenceAndPeriodsTest {

    private static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes());
            }
        }
        return out.toByteArray();
    }

    @Test
    void theContentDecidesNotTheName() throws Exception {
        assertEquals(Optional.of(FileType.PDF), FileType.detect("%PDF-1.7\n...".getBytes(), "whatever.bin"));
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "a.jpg"));
        assertEquals(Optional.of(FileType.GIF), FileType.detect("GIF89a....".getBytes(), "a.gif"));
        assertEquals(Optional.of(FileType.DOCX), FileType.detect(zip("[Content_Types].xml", "word/document.xml"), "a.docx"));
        assertEquals(Optional.of(FileType.XLSX), FileType.detect(zip("[Content_Types].xml", "xl/workbook.xml"), "a.xlsx"));
        // a plain ZIP archive, or one that only looks like Office, is not evidence
        assertEquals(Optional.empty(), FileType.detect(zip("word/document.xml"), "a.docx"));
        assertEquals(Optional.empty(), FileType.detect(zip("[Content_Types].xml", "ppt/presentation.xml"), "a.pptx"));
        assertEquals(Optional.empty(), FileType.detect("MZ\u0090\u0000".getBytes(), "report.pdf"));
        assertEquals(Optional.empty(), FileType.detect("<html>".getBytes(), "report.pdf"));
        assertEquals(Optional.empty(), FileType.detect(new byte[0], "report.pdf"));
        // the old binary Office container is the same for Word and Excel: the name picks, nothing else
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(Optional.of(FileType.DOC), FileType.detect(ole, "台账.doc"));
        assertEquals(Optional.of(FileType.XLS), FileType.detect(ole, "台账.XLS"));
        assertEquals(Optional.empty(), FileType.detect(ole, "台账.msg"));
        assertEquals(Optional.of(FileType.JPEG), FileType.claimedBy("photo.JPEG"));
        assertEquals(Optional.empty(), FileType.claimedBy("no-extension"));
    }

    @Test
    void periodsFollowTheCalendarAndDueDatesCountFromTheirEnd() {
        assertEquals(new Period("2019-H2", LocalDate.of(2019, 7, 1), LocalDate.of(2019, 12, 31)),
                Period.containing(Frequency.SEMI_ANNUAL, LocalDate.of(2019, 9, 3)));
        assertEquals("2020-H1", Period.containing(Frequency.SEMI_ANNUAL, LocalDate.of(2019, 9, 3)).next(Frequency.SEMI_ANNUAL).code());
        assertEquals(new Period("2021-Q3", LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30)),
                Period.containing(Frequency.QUARTERLY, LocalDate.of(2021, 8, 15)));
        assertEquals(new Period("2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Period.containing(Frequency.ANNUAL, LocalDate.of(2024, 4, 15)));
        // Jiaozuo: "before 10 January and 10 July" = half-yearly, 10 days after the period
        assertEquals(LocalDate.of(2020, 1, 10), Period.containing(Frequency.SEMI_ANNUAL, LocalDate.of(2019, 12, 1)).end().plusDays(10));
        assertEquals(LocalDate.of(2020, 7, 10), Period.containing(Frequency.SEMI_ANNUAL, LocalDate.of(2020, 3, 1)).end().plusDays(10));
        // obliged from 15 July: the first half-year does not overlap, the second does
        Period h1 = Period.containing(Frequency.SEMI_ANNUAL, LocalDate.of(2021, 3, 1));
        assertEquals(List.of(false, true), List.of(h1.overlaps(LocalDate.of(2021, 7, 15), null),
                h1.next(Frequency.SEMI_ANNUAL).overlaps(LocalDate.of(2021, 7, 15), null)));
        assertEquals(false, h1.overlaps(null, LocalDate.of(2020, 12, 31)));
    }
}
