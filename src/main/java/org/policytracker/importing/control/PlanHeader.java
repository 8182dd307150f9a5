package org.policytracker.importing.control;

import java.time.Month;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan's text says before its numbered part and after it: the title, document numbers (its own and those it
 * cites), issue date, area, issuers (signatures, joint signatories, the number's prefix, else the area's government)
 * and the period its title names; the plan's code and level as proposed from these.
 */
final class PlanHeader {

    static final Pattern PLAN_WORDS = Pattern.compile("(?i)\\b(plan|programme|program|scheme|measures|opinions)\\b|方案|规划|计划|意见|措施");
    static final Pattern EN_DOC_NO = Pattern.compile("(?:[(（]?([A-Z][A-Za-z ]{1,60}?)\\s*)?[\\[(（〔](\\d{4})[\\])）〕]\\s*No\\.?\\s*(\\d{1,4})");
    static final Pattern ZH_DOC_NO = Pattern.compile("([\\p{IsHan}]{1,12})[〔\\[（(](\\d{4})[〕\\]）)](\\d{1,4})号");
    static final Pattern PUBLISHED = Pattern.compile("(?i)(?:published(?: time)?|issued|date|发布时间|印发日期|成文日期)\\s*[:：]?\\s*((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    static final Pattern EN_DATE = Pattern.compile("(?i)\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),\\s+((?:19|20)\\d{2})\\b");
    static final Pattern YEARS_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*[-—–~至]\\s*((?:19|20)\\d{2})");
    static final Pattern ZH_DATE_LINE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");
    /**
     * Where the signature block at the end of the text begins — a line that is a registry organisation's exact name,
     * then the date line (and "（此件公开发布）" or the like) — or the number of paragraphs when there is none. The
     * organisation is an issuer of the plan, the date its issue date.
     */

    private final Registry registry;
    private final UnitResolver resolver;

    PlanHeader(Registry registry, UnitResolver resolver) {
        this.registry = registry;
        this.resolver = resolver;
    }

    int signature(List<String> paras, PlanProposal p) {
        for (int i = Math.max(0, paras.size() - 6); i < paras.size() - 1; i++) {
            String line = paras.get(i).strip();
            Matcher date = ZH_DATE_LINE.matcher(paras.get(i + 1).strip());
            if (line.length() > 40 || !date.matches()) {
                continue;
            }
            Optional<UnitResolver.Match> m = resolver.candidates(line, null).stream().findFirst().filter(x -> x.score() >= 0.97);
            if (m.isEmpty()) {
                continue;
            }
            if (p.issuers.stream().noneMatch(u -> u.code.equals(m.get().organisation().code()))) {
                p.issuers.add(UnitProposals.unit("ISSUER", line, "SELF", m.get()));
            }
            p.issueDate = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))).toString();
            return i;
        }
        return paras.size();
    }
    /** The plan's own fields as proposed: titles by language, a level from its area, a code from area, years and title. */
    void propose(PlanProposal p) {
        if (p.title != null && UnitResolver.isChinese(p.title)) {
            p.titleZh = p.title;
        } else {
            p.titleEn = p.title;
            p.titleZh = p.title;
            p.flags.add(PlanProposal.Flag.of("import.title.noChinese", List.of(), null));
        }
        Registry.Org scope = registry.byCode(p.scopeCode).orElse(null);
        boolean national = scope == null && !p.issuers.isEmpty() && p.issuers.stream()
                .allMatch(u -> registry.byCode(u.code).map(o -> "NATIONAL_AGENCY".equals(o.kind())).orElse(false));
        p.level = national ? "NATIONAL" : scope == null ? "PROVINCIAL" : switch (scope.kind()) {
            case "CITY" -> "MUNICIPAL";
            case "COUNTY" -> "COUNTY";
            default -> "PROVINCIAL";
        };
        String year = p.issueDate != null ? p.issueDate.substring(0, 4) : p.periodStart != null ? p.periodStart.substring(0, 4) : "";
        String initials = p.title == null ? "PLAN" : Arrays.stream(p.title.replaceAll("[^A-Za-z ]", " ").trim().split("\\s+"))
                .filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))).limit(4).map(w -> w.substring(0, 1)).reduce("", String::concat);
        String place = scope != null ? scope.code() + "-" : national ? p.issuers.get(0).code + "-" : "";
        p.code = (place + (year.isEmpty() ? "" : year + "-") + (initials.isEmpty() ? "PLAN" : initials))
                .replaceAll("[^A-Za-z0-9._-]", "");
    }
    void read(List<String> pre, PlanProposal p) {
        title(pre, p);
        String all = String.join("\n", pre);
        documentNumbers(pre, p);
        issueDate(all, p);
        // the plan's area: the most specific place its title names
        Registry.Org scope = place(p.title == null ? "" : p.title);
        if (scope == null) {
            scope = place(all);
        }
        if (scope != null) {
            p.scopeCode = scope.code();
            p.scopeName = scope.nameZh();
        } else {
            p.flags.add(PlanProposal.Flag.of("import.scope.unknown", List.of(), null));
        }
        issuers(pre, p, scope);
        if (p.issuers.isEmpty()) {
            // the document number's prefix names its issuer: 国发 the State Council, 国办发 its General Office
            for (String no : p.documentNumbers) {
                String issuer = no.startsWith("国办") ? "CN.SC.GO" : no.matches("^国(?:发|函|令)〔.*") ? "CN.SC" : null;
                Optional<Registry.Org> o = registry.byCode(issuer);
                if (o.isPresent() && p.issuers.stream().noneMatch(u -> u.code.equals(issuer))) {
                    p.issuers.add(UnitProposals.unit("ISSUER", o.get().nameZh(), "SELF", new UnitResolver.Match(o.get(), 1.0, o.get().nameZh())));
                }
            }
        }
        if (p.issuers.isEmpty() && scope != null) {
            PlanProposal.Unit u = UnitProposals.unit("ISSUER", scope.nameEn() == null ? scope.nameZh() : scope.nameEn(), "SELF",
                    new UnitResolver.Match(scope, 1.0, scope.nameZh()));
            p.issuers.add(u);
            p.flags.add(PlanProposal.Flag.of("import.issuer.fromScope", List.of(scope.nameZh()), null));
        }
        Matcher years = YEARS_IN_TITLE.matcher(p.title == null ? "" : p.title);
        if (years.find()) {
            p.periodStart = years.group(1) + "-01-01";
            p.periodEnd = years.group(2) + "-12-31";
        }
    }

    /** The title: the last short line before the tree that calls itself a plan (a notice "on issuing" it is not it). */
    private static void title(List<String> pre, PlanProposal p) {
        for (int i = pre.size() - 1; i >= 0 && p.title == null; i--) {
            String s = pre.get(i);
            if (s.length() <= 160 && PLAN_WORDS.matcher(s).find() && !s.matches("(?i)^(notice|circular|关于印发|.*的通知$).*")
                    && !s.matches("(?i).*\\b(translated|translation|source)\\b.*") && !s.matches(".*[。.;；:：]$") && !s.contains("。")
                    && !s.matches(".*(?:>|»|›|\\|| / |首页|当前位置|您的位置|home\\b).*")
                    && !s.matches("(?i)^(为|根据|按照|in order to|to implement|according to).*")) {
                p.title = s.replaceAll("(?i)^(?:notice on issuing (?:the )?)", "").replaceAll("^[\"“]([^\"“”]*)[\"”]$", "$1").strip();
            }
        }
        if (p.title == null && !pre.isEmpty()) {
            p.title = pre.get(0);
            p.flags.add(PlanProposal.Flag.of("import.title.guessed", List.of(p.title), null));
        }
    }

    /** Document numbers: those the text cites as grounds are other documents'; a number standing alone is the plan's own. */
    private static void documentNumbers(List<String> pre, PlanProposal p) {
        for (String line : pre) {
            Matcher m = EN_DOC_NO.matcher(line);
            while (m.find()) {
                String no = (m.group(1) == null ? "" : m.group(1).strip() + " ") + "[" + m.group(2) + "] No. " + m.group(3);
                (cited(line, m.start()) ? p.referencedDocuments : p.documentNumbers).add(no);
            }
            m = ZH_DOC_NO.matcher(line);
            while (m.find()) {
                String no = m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
                (cited(line, m.start()) ? p.referencedDocuments : p.documentNumbers).add(no);
            }
        }
    }

    /** The issue date: a "发布时间：" / "Published:" date, else the signature's, else the first date the header gives. */
    private static void issueDate(String all, PlanProposal p) {
        Matcher d = PUBLISHED.matcher(all);
        if (d.find()) {
            p.issueDate = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))).toString();
        } else if (p.issueDate == null) {
            Matcher zh = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日").matcher(all);
            Matcher en = EN_DATE.matcher(all);
            if (zh.find()) {
                p.issueDate = LocalDate.of(Integer.parseInt(zh.group(1)), Integer.parseInt(zh.group(2)), Integer.parseInt(zh.group(3))).toString();
            } else if (en.find()) {
                // "On December 12, 2022"
                p.issueDate = LocalDate.of(Integer.parseInt(en.group(3)), Month.valueOf(en.group(1).toUpperCase(Locale.ROOT)),
                        Integer.parseInt(en.group(2))).toString();
            }
        }
    }

    /** Issuers: a run of short lines that are organisations (the signatures under the notice). */
    private void issuers(List<String> pre, PlanProposal p, Registry.Org scope) {
        for (String line : pre) {
            // a joint document's signatories on one line ("工业和信息化部 国家发展改革委", "MIIT, NDRC"): each by its exact name
            String[] parts = line.strip().split("\\s*[,，、;；]\\s*|\\s{2,}|\u3000+");
            if (parts.length >= 2 && line.length() <= 200 && !line.matches(".*[。:：]\\s*$")) {
                List<UnitResolver.Match> each = new ArrayList<>();
                for (String part : parts) {
                    resolver.candidates(part, null).stream().findFirst().filter(x -> x.score() >= 0.97).ifPresent(each::add);
                }
                if (each.size() == parts.length) {
                    for (int k = 0; k < parts.length; k++) {
                        UnitResolver.Match m = each.get(k);
                        if (p.issuers.stream().noneMatch(u -> u.code.equals(m.organisation().code()))) {
                            p.issuers.add(UnitProposals.unit("ISSUER", parts[k], "SELF", m));
                        }
                    }
                    continue;
                }
            }
            if (line.length() > 80 || line.matches(".*[.。:：,，;；].*") && !UnitResolver.isChinese(line)
                    || line.matches(".*[:：]\\s*$") || line.matches(".*[，,。；;].*")) {
                continue; // a sentence, or the addressees ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：") — not a signature
            }
            Optional<UnitResolver.Match> m = resolver.resolve(line, scope);
            if (m.isEmpty() || m.get().score() < 0.8) {
                // "焦作市人民政府办公室", "General Office of the … People's Government": the government's own office signs for it
                Registry.Org government = line.matches("(?i).*(人民政府办公|政府办公|general office of the .*government).*") ? place(line) : null;
                m = government == null ? m : Optional.of(new UnitResolver.Match(government, 0.9, government.nameZh()));
            }
            Optional<UnitResolver.Match> found = m;
            if (found.isPresent() && found.get().score() >= 0.8 && p.issuers.stream().noneMatch(u -> u.code.equals(found.get().organisation().code()))) {
                p.issuers.add(UnitProposals.unit("ISSUER", line, "SELF", found.get()));
            }
        }
    }
    static boolean cited(String line, int at) {
        String before = line.substring(0, at).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(accordance|implement|pursuant|according|spirit|notice|opinions|issued by|根据|按照|贯彻|落实|依据|《).*");
    }
    /** The most specific registry place (county over city over province) whose name the text holds. */
    Registry.Org place(String text) {
        Registry.Org best = null;
        int bestRank = -1;
        for (Registry.Org o : registry.organisations()) {
            int rank = switch (o.kind() == null ? "" : o.kind()) {
                case "PROVINCE" -> 1;
                case "CITY" -> 2;
                case "COUNTY" -> 3;
                default -> -1;
            };
            if (rank < 0 || rank <= bestRank) {
                continue;
            }
            String en = o.nameEn() == null ? null : o.nameEn().replaceAll("(?i)\\s+(province|city|county|district)$", "");
            String zh = o.nameZh() == null ? null : o.nameZh().replaceAll("[省市县区]$", "");
            if ((en != null && en.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(en) + "\\b").matcher(text).find())
                    || (zh != null && zh.length() >= 2 && text.contains(zh))) {
                best = o;
                bestRank = rank;
            }
        }
        return best;
    }
}
