package org.policytracker.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Every item" is every item, or a loud refusal — never the first page counted as the whole. */
class PageTest {

    @Test
    void everyItemOrALoudRefusal() {
        assertEquals(List.of("a", "b"), new Page<>(List.of("a", "b"), 0, Page.EVERY, 2).all());
        IllegalStateException part = assertThrows(IllegalStateException.class, () -> new Page<>(List.of("a", "b"), 0, 2, 3).all());
        assertEquals("asked for every item but got 2 of 3 (page 0)", part.getMessage());
        assertThrows(IllegalStateException.class, () -> new Page<>(List.of("c"), 1, 2, 3).all(), "a later page is not all");
    }
}
