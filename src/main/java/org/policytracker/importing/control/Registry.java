package org.policytracker.importing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the importer knows of the organisation and indicator registries: names, aliases, kinds and the
 * tree — plain values, so the importer runs without a database (tests read the demo registry files).
 */
public final class Registry {

    /** An organisation: {@code kind} as in the registry (PROVINCE, CITY, COUNTY, PROVINCIAL_DEPARTMENT …). */
    public record Org(Long id, String code, String nameZh, String nameEn, List<String> aliases, String kind, String parentCode) {
    }

    /** An indicator: code, names and unit. */
    public record Indicator(Long id, String code, String nameZh, String nameEn, String unit) {
    }

    private final List<Org> organisations;
    private final List<Indicator> indicators;
    private final Map<String, Org> byCode = new HashMap<>();

    public Registry(List<Org> organisations, List<Indicator> indicators) {
        this.organisations = List.copyOf(organisations);
        this.indicators = List.copyOf(indicators);
        organisations.forEach(o -> byCode.put(o.code(), o));
    }

    public List<Org> organisations() {
        return organisations;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Org> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The organisation and its ancestors, nearest first. */
    public List<Org> selfAndAncestors(Org o) {
        List<Org> chain = new ArrayList<>();
        for (Org x = o; x != null && chain.size() < 16; x = byCode.get(x.parentCode())) {
            chain.add(x);
        }
        return chain;
    }

    /** Whether {@code o} is {@code scope} or lies under it. */
    public boolean within(Org o, Org scope) {
        return selfAndAncestors(o).stream().anyMatch(a -> a.code().equals(scope.code()));
    }

    /** The same registry without aliases: what the importer does on names alone (docs/import.md). */
    public Registry withoutAliases() {
        return new Registry(organisations.stream().map(o -> new Org(o.id(), o.code(), o.nameZh(), o.nameEn(), List.of(), o.kind(),
                o.parentCode())).toList(), indicators);
    }
}
