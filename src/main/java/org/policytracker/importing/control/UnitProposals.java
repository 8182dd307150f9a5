package org.policytracker.importing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The organisations a unit mention proposes: the registry's match, every city or park of the plan's area for a
 * collective, a name split at "and" / 和 when its parts match better; unresolved names with up to three candidates and
 * the new body they would be registered as.
 */
final class UnitProposals {

    private final Registry registry;
    private final UnitResolver resolver;

    UnitProposals(Registry registry, UnitResolver resolver) {
        this.registry = registry;
        this.resolver = resolver;
    }

    /** The organisations a mention names: every city / park of the area, the match, or — split at "and" / 和 — the matches of its parts. */
    List<PlanProposal.Unit> resolve(UnitPhrases.Mention m, Registry.Org scope) {
        if (m.coverage() == UnitPhrases.Coverage.EACH_PROVINCE || m.coverage() == UnitPhrases.Coverage.GROUP) {
            // a collective the registry has no single body for: kept with the text's words, for the user to choose
            PlanProposal.Unit u = unmatched(m, "SELF");
            u.collective = m.coverage().name();
            return List.of(u);
        }
        if (m.coverage() != UnitPhrases.Coverage.SELF) {
            if (scope == null) {
                PlanProposal.Unit u = unmatched(m, m.coverage().name());
                u.openList = null;
                return List.of(u);
            }
            return List.of(unit(m.role().name(), m.name(), m.coverage().name(), new UnitResolver.Match(scope, 1.0, m.name())));
        }
        Optional<UnitResolver.Match> whole = resolver.resolve(m.name(), scope);
        if (whole.isPresent() && whole.get().score() >= 0.8) {
            return List.of(unit(m.role().name(), m.name(), "SELF", whole.get()));
        }
        for (String sep : new String[] {" and ", "和", "及"}) {
            int at = m.name().indexOf(sep);
            while (at > 0) {
                String left = m.name().substring(0, at).strip();
                String right = m.name().substring(at + sep.length()).strip();
                Optional<UnitResolver.Match> a = resolver.resolve(left, scope);
                Optional<UnitResolver.Match> b = resolver.resolve(right, scope);
                if (a.isPresent() && b.isPresent() && Math.min(a.get().score(), b.get().score()) > whole.map(UnitResolver.Match::score).orElse(0.0)) {
                    List<PlanProposal.Unit> out = new ArrayList<>();
                    out.add(unit(m.role().name(), left, "SELF", a.get()));
                    out.addAll(resolve(new UnitPhrases.Mention(m.role(), right, UnitPhrases.Coverage.SELF), scope));
                    return out;
                }
                at = m.name().indexOf(sep, at + sep.length());
            }
        }
        if (whole.isPresent()) {
            return List.of(unit(m.role().name(), m.name(), "SELF", whole.get()));
        }
        return List.of(unresolved(m, scope));
    }
    /** A name no registry body matches: the nearest as a suggestion (not chosen), up to three candidates, a new body. */
    private PlanProposal.Unit unresolved(UnitPhrases.Mention m, Registry.Org scope) {
        PlanProposal.Unit u = unmatched(m, "SELF");
        List<UnitResolver.Match> near = resolver.candidates(m.name(), scope);
        near.stream().findFirst().ifPresent(best -> {
            u.matchedName = best.matchedName();
            u.score = best.score();
            u.name = best.organisation().nameZh(); // the nearest, shown as a suggestion; not chosen
        });
        for (UnitResolver.Match c : near.stream().filter(c -> c.score() >= 0.3).limit(3).toList()) {
            PlanProposal.Candidate k = new PlanProposal.Candidate();
            k.organisationId = c.organisation().id();
            k.code = c.organisation().code();
            k.name = c.organisation().nameZh();
            k.score = Math.round(c.score() * 100) / 100.0;
            u.candidates.add(k);
        }
        u.proposedOrganisation = newOrganisation(m.name(), scope);
        return u;
    }

    /** A unit as the text names it, with no organisation chosen. */
    private static PlanProposal.Unit unmatched(UnitPhrases.Mention m, String coverage) {
        PlanProposal.Unit u = new PlanProposal.Unit();
        u.role = m.role().name();
        u.text = m.name();
        u.coverage = coverage;
        u.openList = m.open() ? Boolean.TRUE : null;
        return u;
    }

    /**
     * The body an unresolved name stands for, as it would be registered: "省水利厅" in a Shaanxi plan → 陕西省水利厅, a
     * provincial department of 陕西省; "市金融办" in a Jiaozuo plan → 焦作市金融办, a bureau of 焦作市; "海关总署" → a national
     * body; a name without a level word → a body of the plan's own area. None where the parent cannot be known (a
     * 省X厅 of a plan whose province is not in the registry).
     */
    PlanProposal.NewOrganisation newOrganisation(String name, Registry.Org scope) {
        boolean zh = UnitResolver.isChinese(name);
        int level = UnitResolver.statedLevel(name, zh);
        Registry.Org province = scope == null ? null : registry.selfAndAncestors(scope).stream()
                .filter(o -> "PROVINCE".equals(o.kind())).findFirst().orElse(null);
        Registry.Org city = scope == null ? null : registry.selfAndAncestors(scope).stream()
                .filter(o -> "CITY".equals(o.kind())).findFirst().orElse(null);
        PlanProposal.NewOrganisation n = new PlanProposal.NewOrganisation();
        Registry.Org parent;
        if (level == 0) {
            n.kind = "NATIONAL_AGENCY";
            parent = null;
        } else if (level == 1 || level < 0 && scope != null && "PROVINCE".equals(scope.kind())) {
            n.kind = "PROVINCIAL_DEPARTMENT";
            parent = province;
        } else if (level == 2 || level < 0 && city != null) {
            n.kind = "CITY_BUREAU";
            parent = city;
        } else {
            return null;
        }
        if (parent == null && level != 0) {
            return null;
        }
        String bare = zh && level > 0 ? name.strip().substring(1) : name.strip();
        n.nameZh = zh ? (parent == null ? "" : parent.nameZh()) + bare : name.strip();
        n.nameEn = zh ? null : (parent == null || name.toLowerCase(Locale.ROOT).contains(String.valueOf(parent.nameEn()).toLowerCase(Locale.ROOT).split(" ")[0])
                ? name.strip() : parent.nameEn().replaceAll("(?i)\\s+(province|city)$", "") + " " + name.strip().replaceFirst("(?i)^the\\s+", ""));
        if (parent != null) {
            n.parentId = parent.id();
            n.parentCode = parent.code();
            n.parentName = parent.nameZh();
        }
        return n;
    }
    static PlanProposal.Unit unit(String role, String text, String coverage, UnitResolver.Match m) {
        PlanProposal.Unit u = new PlanProposal.Unit();
        u.role = role;
        u.text = text;
        u.coverage = coverage;
        u.note = "SELF".equals(coverage) ? null : text;
        u.organisationId = m.organisation().id();
        u.code = m.organisation().code();
        u.name = m.organisation().nameZh();
        u.score = Math.round(m.score() * 100) / 100.0;
        u.matchedName = m.matchedName();
        return u;
    }
}
