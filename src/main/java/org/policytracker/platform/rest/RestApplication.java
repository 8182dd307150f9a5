package org.policytracker.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api}; its OpenAPI document is served by Payara at {@code /openapi}.
 * Every call carries a Keycloak access token ({@code Authorization: Bearer …}), checked as a
 * MicroProfile JWT against the realm's keys, issuer and audience ({@code mp.jwt.verify.*}).
 */
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "policy-tracker")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from the policy-tracker realm of Keycloak")
@SecurityRequirement(name = "keycloak")
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Policy Tracker API", version = "1",
                description = "Plans, tasks and their responsible units, indicators and targets. "
                        + "Errors are application/problem+json in Chinese (default) or English (Accept-Language: en)."),
        tags = {
            @Tag(name = "organisations", description = "The unit hierarchy 单位"),
            @Tag(name = "plans", description = "Plans 方案 and their task trees"),
            @Tag(name = "tasks", description = "Tasks 任务 with lead / co-responsible / cooperating / implementing units"),
            @Tag(name = "indicators", description = "Indicators 指标 and targets 目标值"),
            @Tag(name = "audit", description = "The audit trail 审计记录 (auditor, administrator)"),
            @Tag(name = "people", description = "Who works for which organisation 人员与单位 (administrator)")
        })
public class RestApplication extends Application {
}
