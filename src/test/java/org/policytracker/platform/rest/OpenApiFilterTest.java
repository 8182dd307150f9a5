package org.policytracker.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenApiFilterTest {

    @Test
    void templatesAndOperationIds() {
        assertEquals("/api/cases/{id}", OpenApiFilter.template("/api/cases/{id: [0-9]+}"));
        assertEquals("/api/plans/{id}/tasks", OpenApiFilter.template("/api/plans/{id}/tasks"));
        assertEquals("getPlansIdTasks", OpenApiFilter.operationId("GET", "/api/plans/{id}/tasks"));
        assertEquals("postPlanImportsAccepted", OpenApiFilter.operationId("POST", "/api/plan-imports/accepted"));
        assertEquals("getReportsIssuedIdFilesFormat", OpenApiFilter.operationId("GET", "/api/reports/issued/{id}/files/{format}"));
    }
}
