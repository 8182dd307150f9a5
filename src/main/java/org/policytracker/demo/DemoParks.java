package org.policytracker.demo;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.FilingData;
import org.policytracker.parks.control.FilingDraft;
import org.policytracker.parks.control.ParkFilingService;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.parks.control.ParkService;
import org.policytracker.parks.entity.FilingType;
import org.policytracker.parks.entity.Park;
import org.policytracker.parks.entity.ParkFiling;
import org.policytracker.security.control.CurrentUser;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.parks.control.ParkListContent;
import org.policytracker.parks.control.ParkListData;
import org.policytracker.parks.control.ParkListService;

/**
 * The demo parks' plans and annual reports ({@code demo/parks-filings.json}), replayed through the
 * park services under the recorded names and Beijing times: approved, returned, draft.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DemoParks {

    private static final Logger LOG = Logger.getLogger(DemoParks.class.getName());

    @Inject
    ParkService parks;

    @Inject
    ParkFilingService filings;

    @Inject
    CurrentUser user;

    @Inject
    ParkListService lists;

    @Inject
    OrganisationService organisations;

    /** The provinces' park lists, sent at the recorded time. */
    int loadLists(DemoFiles.ParkLists file) {
        int loaded = 0;
        for (DemoFiles.ParkListEntry e : file.lists()) {
            var province = organisations.findByCode(e.province()).orElseThrow();
            if (!lists.list(province.getId(), e.year(), 0, 1).items().isEmpty()) {
                continue;
            }
            var open = new ParkListData();
            open.provinceId = province.getId();
            open.year = e.year();
            open.dueDate = e.dueDate();
            var l = user.asSystem(e.by(), () -> lists.open(open));
            var content = new ParkListContent();
            for (DemoFiles.ListedPark p : e.parks()) {
                var entry = new ParkListContent.Entry();
                entry.parkId = parks.findByCode(p.park()).orElseThrow().getId();
                entry.expectedResults = p.expectedResults();
                entry.note = p.note();
                content.parks.add(entry);
            }
            var draft = new ParkListData();
            draft.version = l.getVersion();
            draft.content = content;
            user.asSystem(e.by(), () -> lists.saveDraft(l.getId(), draft));
            if (e.submittedAt() != null) {
                Instant at = LocalDateTime.parse(e.submittedAt()).atZone(Shanghai.ZONE).toInstant();
                user.asSystem(e.by(), () -> lists.submit(l.getId(), l.getVersion(), at));
            }
            loaded++;
        }
        return loaded;
    }

    int load(DemoFiles.ParkFilings file) {
        int loaded = 0;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (DemoFiles.FilingEntry e : file.filings()) {
                Park park = parks.findByCode(e.park()).orElseThrow(() -> new IllegalStateException("demo filing names unknown park " + e.park()));
                if (!filings.list(new ParkFilingService.Filter(park.getId(), FilingType.valueOf(e.type()), e.year(), null), 0, 1).items().isEmpty()) {
                    continue;
                }
                String filer = e.events().isEmpty() ? "xetdz.committee" : e.events().get(0).by();
                FilingData open = new FilingData();
                open.parkId = park.getId();
                open.type = e.type();
                open.year = e.year();
                ParkFiling f = user.asSystem(filer, () -> filings.open(open));
                FilingDraft draft = new FilingDraft();
                draft.version = f.getVersion();
                if (f.getType() == FilingType.PLAN) {
                    draft.plan = jsonb.fromJson(e.content().toString(), ParkPlanContent.class);
                } else {
                    // keep what the plan prefilled (names, planned investment, targets, units) and add the year's figures
                    AnnualReportContent prefilled = ParkFilingService.reportContent(f);
                    AnnualReportContent given = jsonb.fromJson(e.content().toString(), AnnualReportContent.class);
                    for (AnnualReportContent.ProjectProgress p : prefilled.projects) {
                        given.projects.stream().filter(g -> g.code.equals(p.code)).findFirst().ifPresent(g -> {
                            p.status = g.status;
                            p.investmentExecuted = g.investmentExecuted;
                            p.note = g.note;
                        });
                    }
                    for (AnnualReportContent.ResultValue r : prefilled.results) {
                        given.results.stream().filter(g -> g.kind.equals(r.kind)).findFirst().ifPresent(g -> r.actual = g.actual);
                    }
                    prefilled.progress = given.progress;
                    prefilled.difficulties = given.difficulties;
                    prefilled.experience = given.experience;
                    prefilled.latenessReason = given.latenessReason;
                    draft.annualReport = prefilled;
                }
                user.asSystem(filer, () -> filings.saveDraft(f.getId(), draft, () -> null));
                for (DemoFiles.EventEntry ev : e.events()) {
                    Instant at = LocalDateTime.parse(ev.at()).atZone(Shanghai.ZONE).toInstant();
                    switch (ev.action()) {
                        case "SUBMIT" -> user.asSystem(ev.by(), () -> filings.submit(f.getId(), f.getVersion(), at));
                        case "RETURN" -> user.asSystem(ev.by(), () -> filings.returnForRevision(f.getId(), f.getVersion(), ev.comment(), at));
                        case "APPROVE" -> user.asSystem(ev.by(), () -> filings.approve(f.getId(), f.getVersion(), ev.comment(), at));
                        default -> throw new IllegalStateException("unknown demo event " + ev.action());
                    }
                }
                loaded++;
            }
        } catch (Exception ex) {
            throw ex instanceof RuntimeException r ? r : new IllegalStateException(ex);
        }
        int n = loaded;
        if (n > 0) {
            LOG.info(() -> "Demo parks: " + n + " filings replayed");
        }
        return loaded;
    }
}
