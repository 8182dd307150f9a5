package org.policytracker.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The stand-in evidence file of the demo reports is a PDF that a reader opens and reads. */
class DemoPdfTest {

    @Test
    void theStandInReportIsAPdfSayingItsText() throws Exception {
        byte[] pdf = DemoReporting.pdf("Xi'an Bureau of Industry and IT, 2024-H1 (progress report)");
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF by its magic");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("Xi'an Bureau of Industry and IT, 2024-H1 (progress report)"));
        }
    }
}
