package org.policytracker.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.policytracker.platform.i18n.Bilingual;

/** A text in the reader's language; one kept only in the other language is shown marked, never blank. */
class BilingualTest {

    @Test
    void theReadersLanguageFirstTheOtherMarkedThenTheFallback() {
        assertEquals("强化用水总量和强度管控", Bilingual.pick("强化用水总量和强度管控", "Control total water use", false, "x"));
        assertEquals("Control total water use", Bilingual.pick("强化用水总量和强度管控", "Control total water use", true, "x"));
        assertEquals("〔英文〕Control total water use", Bilingual.pick(null, "Control total water use", false, "x"));
        assertEquals("[Chinese] 强化用水总量和强度管控", Bilingual.pick("强化用水总量和强度管控", " ", true, "x"));
        assertEquals("推进污水资源化…", Bilingual.pick(" ", null, false, "推进污水资源化…"));
        assertNull(Bilingual.pick(null, null, true, null));
    }
}
