package org.policytracker.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policytracker.plans.control.PlanData;
import org.policytracker.plans.control.TaskData;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.validation.Values;

/** Request validation, value parsing and the message bundles, without a server. */
class ValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> violations(Object data) {
        Set<ConstraintViolation<Object>> found = validator.validate(data);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void aPlanWithoutTitleAndWithAnImpossibleDateNamesBoth() {
        Locale.setDefault(Locale.ENGLISH);
        PlanData bad = new PlanData("SN-1", " ", null, null, "PROVINCIAL", "SOMETIMES", "2024-02-30", "2024-01-01",
                null, null, null, null, List.of(), List.of(), null);
        Map<String, String> v = violations(bad);
        assertEquals(Set.of("titleZh", "issueDate", "status"), v.keySet());
        assertTrue(v.get("status").endsWith("IN_FORCE, CLOSED"), v.get("status"));
    }

    @Test
    void nestedAssignmentsAreValidatedWithTheirIndex() {
        TaskData task = new TaskData(1L, null, "TASK", "1", null, null, null, null, "2025-12-31", null, null,
                List.of(new TaskData.Assignment("LEAD", 5L, null, null), new TaskData.Assignment("BOSS", null, "SELF", null)),
                List.of(), null);
        Map<String, String> v = violations(task);
        assertEquals(Set.of("assignments[1].role", "assignments[1].organisationId"), v.keySet());
    }

    @Test
    void valuesParseWhatValidationAccepted() {
        assertEquals(LocalDate.of(2020, 12, 31), Values.date(" 2020-12-31 "));
        assertNull(Values.date("2020-13-01"));
        assertEquals(UnitRole.CO_RESPONSIBLE, Values.enumOf(UnitRole.class, "co_responsible"));
        assertNull(Values.enumOf(UnitRole.class, "boss"));
        assertEquals(42L, Values.id(" 42 "));
    }

    @Test
    void everyMessageExistsInChineseAndEnglish() throws Exception {
        for (String bundle : List.of("i18n/messages", "ValidationMessages")) {
            java.util.Properties en = BundleFile.read(bundle + ".properties");
            java.util.Properties zh = BundleFile.read(bundle + "_zh.properties");
            assertEquals(en.keySet(), zh.keySet(), bundle + ": the Chinese and English keys differ");
        }
        assertEquals("方案", Messages.get(Locale.CHINA, "entity.plan"));
        assertEquals("Plan", Messages.get(Locale.US, "entity.plan"));
        assertEquals(Messages.CHINESE, Messages.fromAcceptLanguage(List.of(Locale.FRENCH)));
        assertEquals(Locale.ENGLISH, Messages.fromAcceptLanguage(List.of(Locale.FRENCH, Locale.UK, Locale.CHINA)));
    }
}
