package org.policytracker.importing.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's text into a {@link PlanProposal}: the header from the paragraphs before the first
 * chapter (一、 / I.), the task tree from the numbered paragraphs, the units from each task's
 * responsibility clause, deadlines from its time nodes, targets from the figures of the goals and
 * tasks. Works on the structure and the formulas plans of this kind share (docs/import.md), not on
 * any one document's sentences.
 */
public final class PlanTextParser {

    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)^(time nodes?|timeline|deadline|main tasks?|key tasks?|work measures|measures|"
            + "responsible units?|lead units?|responsible departments?|objectives?|work objectives?|targets?|"
            + "时间节点|完成时限|主要任务|重点任务|工作措施|责任单位|牵头单位|责任部门|工作目标|目标任务)\\s*[:：]\\s*(.*)$");
    private static final Pattern TIME_LABEL = Pattern.compile("(?i)^(time nodes?|timeline|deadline|时间节点|完成时限)$");
    private static final Pattern TASKS_LABEL = Pattern.compile("(?i)^(main tasks?|key tasks?|work measures|measures|主要任务|重点任务|工作措施)$");
    private static final Pattern SAFEGUARDS = Pattern.compile("(?i)safeguard|guarantee|organi[sz]ation and implementation|organizational|"
            + "implementation guarantee|保障措施|组织实施|组织保障|保障");
    private static final Pattern PLAN_WORDS = Pattern.compile("(?i)\\b(plan|programme|program|scheme|measures|opinions)\\b|方案|规划|计划|意见|措施");
    private static final Pattern EN_DOC_NO = Pattern.compile("(?:[(（]?([A-Z][A-Za-z ]{1,60}?)\\s*)?[\\[(（〔](\\d{4})[\\])）〕]\\s*No\\.?\\s*(\\d{1,4})");
    private static final Pattern ZH_DOC_NO = Pattern.compile("([\\p{IsHan}]{1,12})[〔\\[（(](\\d{4})[〕\\]）)](\\d{1,4})号");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(?:published(?: time)?|issued|date|发布时间|印发日期|成文日期)\\s*[:：]?\\s*((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    private static final Pattern EN_DATE = Pattern.compile("(?i)\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern YEARS_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*[-—–~至]\\s*((?:19|20)\\d{2})");

    private final Registry registry;
    private final UnitResolver resolver;

    public PlanTextParser(Registry registry) {
        this.registry = registry;
        this.resolver = new UnitResolver(registry);
    }

    /** A node of the tree being built. */
    private static final class Node {
        Numbering.Numbered num;
        Node parent;
        boolean attribute;
        String attributeLabel;
        Node owner;
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final StringBuilder timeText = new StringBuilder();
        final List<String> unitClauses = new ArrayList<>();
        String path;
        String label;
        String kind;
        boolean proseUnits;
        /** The paragraphs of its own text as written, notes included (its number's rest first). */
        final List<String> paragraphs = new ArrayList<>();
    }

    public PlanProposal parse(PlanDocument doc) {
        PlanProposal p = new PlanProposal();
        List<String> paras = doc.paragraphs();
        p.paragraphs = paras.size();
        for (PlanDocument.Repeat r : doc.repeats()) {
            p.repeatedParagraphs += r.to() - r.from() + 1;
            p.flags.add(PlanProposal.Flag.of("import.repeated", List.of(String.valueOf(r.from() + 1), String.valueOf(r.to() + 1),
                    String.valueOf(r.original() + 1)), null));
        }
        // the signature under the text ("国务院" / "2019年1月12日" / "（此件公开发布）"): the issuer and the date, not a task's text
        int end = signature(paras, p);
        paras = paras.subList(0, end);
        int start = treeStart(paras);
        if (start < 0) {
            p.flags.add(PlanProposal.Flag.of("import.noStructure", List.of(), null));
            start = paras.size();
        }
        header(paras.subList(0, start), p);
        propose(p);
        Registry.Org scope = registry.byCode(p.scopeCode).orElse(null);
        Node root = tree(paras.subList(start, paras.size()), p);
        segment(root);
        LocalDate overall = overallDeadline(root, p);
        emit(root, p, scope, overall, UnitPhrases.Reading.of(String.join("\n", paras)));
        targets(root, p, scope, overall);
        return p;
    }

    /** A clause whose subject is each of a collective: "各区（县级市）要于…", "各地应在…". */
    private static final Pattern EACH_SUBJECT = Pattern.compile("^各[\\p{IsHan}（）()、]{1,16}?(?:要|应|须|需|应当|务必)(?:于|在)?");

    private static final Pattern ZH_DATE_LINE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");

    /**
     * Where the signature block at the end of the text begins — a line that is a registry organisation's exact name,
     * then the date line (and "（此件公开发布）" or the like) — or the number of paragraphs when there is none. The
     * organisation is an issuer of the plan, the date its issue date.
     */
    private int signature(List<String> paras, PlanProposal p) {
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
                p.issuers.add(unit("ISSUER", line, "SELF", m.get()));
            }
            p.issueDate = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))).toString();
            return i;
        }
        return paras.size();
    }

    /** The plan's own fields as proposed: titles by language, a level from its area, a code from area, years and title. */
    private void propose(PlanProposal p) {
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
        String initials = p.title == null ? "PLAN" : java.util.Arrays.stream(p.title.replaceAll("[^A-Za-z ]", " ").trim().split("\\s+"))
                .filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))).limit(4).map(w -> w.substring(0, 1)).reduce("", String::concat);
        String place = scope != null ? scope.code() + "-" : national ? p.issuers.get(0).code + "-" : "";
        p.code = (place + (year.isEmpty() ? "" : year + "-") + (initials.isEmpty() ? "PLAN" : initials))
                .replaceAll("[^A-Za-z0-9._-]", "");
    }

    // --- header ----------------------------------------------------------------------------------

    /**
     * Where the numbered text begins: its first chapter (一、 / I.); in a document without chapters, the first "1" of
     * any family that goes on to a "2" ("1、 Overall requirements", "（一）…") — the family the document uses at its top.
     */
    private static int treeStart(List<String> paras) {
        for (int i = 0; i < paras.size(); i++) {
            Optional<Numbering.Numbered> n = Numbering.of(paras.get(i));
            if (n.isPresent() && n.get().family() == Numbering.Family.CHAPTER && n.get().value() == 1) {
                return i;
            }
        }
        for (int i = 0; i < paras.size(); i++) {
            Optional<Numbering.Numbered> n = Numbering.of(paras.get(i));
            if (n.isPresent() && n.get().value() == 1) {
                Numbering.Family family = n.get().family();
                for (int j = i + 1; j < paras.size(); j++) {
                    Optional<Numbering.Numbered> next = Numbering.of(paras.get(j));
                    if (next.isPresent() && next.get().family() == family && next.get().value() == 2) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** A node at the top of the tree: a chapter, whatever its numbers' style. */
    private static boolean chapter(Node c) {
        return c.parent != null && c.parent.num == null;
    }

    private void header(List<String> pre, PlanProposal p) {
        // the title: the last short line before the tree that calls itself a plan (a notice "on issuing" it is not it)
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
        String all = String.join("\n", pre);
        // document numbers: those the text cites as grounds are other documents'; a number standing alone is the plan's own
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
                p.issueDate = LocalDate.of(Integer.parseInt(en.group(3)), java.time.Month.valueOf(en.group(1).toUpperCase(Locale.ROOT)),
                        Integer.parseInt(en.group(2))).toString();
            }
        }
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
        // issuers: a run of short lines that are organisations (the signatures under the notice)
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
                            p.issuers.add(unit("ISSUER", parts[k], "SELF", m));
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
                p.issuers.add(unit("ISSUER", line, "SELF", found.get()));
            }
        }
        if (p.issuers.isEmpty()) {
            // the document number's prefix names its issuer: 国发 the State Council, 国办发 its General Office
            for (String no : p.documentNumbers) {
                String issuer = no.startsWith("国办") ? "CN.SC.GO" : no.matches("^国(?:发|函|令)〔.*") ? "CN.SC" : null;
                Optional<Registry.Org> o = registry.byCode(issuer);
                if (o.isPresent() && p.issuers.stream().noneMatch(u -> u.code.equals(issuer))) {
                    p.issuers.add(unit("ISSUER", o.get().nameZh(), "SELF", new UnitResolver.Match(o.get(), 1.0, o.get().nameZh())));
                }
            }
        }
        if (p.issuers.isEmpty() && scope != null) {
            PlanProposal.Unit u = unit("ISSUER", scope.nameEn() == null ? scope.nameZh() : scope.nameEn(), "SELF",
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

    private static boolean cited(String line, int at) {
        String before = line.substring(0, at).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(accordance|implement|pursuant|according|spirit|notice|opinions|issued by|根据|按照|贯彻|落实|依据|《).*");
    }

    /** The most specific registry place (county over city over province) whose name the text holds. */
    private Registry.Org place(String text) {
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

    // --- tree --------------------------------------------------------------------------------------

    private Node tree(List<String> paras, PlanProposal p) {
        Node root = new Node();
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        for (String para : paras) {
            Optional<Numbering.Numbered> num = Numbering.of(para);
            if (num.isEmpty()) {
                Optional<Numbering.Numbered> digits = Numbering.itemBeforeDigits(para);
                if (digits.isPresent() && stack.stream().anyMatch(o -> o.num != null && o.num.family() == Numbering.Family.ITEM
                        && o.num.value() == digits.get().value() - 1)) {
                    num = digits;
                }
            }
            if (num.isEmpty()) {
                Node top = stack.get(stack.size() - 1);
                if (top == root) {
                    continue;
                }
                if (top.attribute && TIME_LABEL.matcher(top.attributeLabel).matches()) {
                    top.owner.timeText.append(' ').append(para);
                } else {
                    Node target = top.attribute ? top.owner : top;
                    target.text.append('\n').append(para);
                    target.paragraphs.add(para);
                    UnitPhrases.clause(para).ifPresent(target.unitClauses::add);
                }
                continue;
            }
            Numbering.Numbered n = num.get();
            // where it goes: the sibling of the open item of its family that it follows, else a child of the top
            int level = -1;
            for (int i = stack.size() - 1; i >= 1; i--) {
                Node open = stack.get(i);
                if (open.num.family() == n.family() && (n.value() == open.num.value() + 1 || i == 1)) {
                    level = i;
                    break;
                }
            }
            if (level < 0 && n.value() != 1) {
                for (int i = stack.size() - 1; i >= 1; i--) {
                    if (stack.get(i).num.family() == n.family()) {
                        level = i;
                        p.flags.add(PlanProposal.Flag.of("import.numbering.gap", List.of(n.label(), stack.get(i).num.label()), null));
                        break;
                    }
                }
            }
            if (level >= 1) {
                while (stack.size() > level) {
                    stack.remove(stack.size() - 1);
                }
            }
            Node parentOnStack = stack.get(stack.size() - 1);
            Node owner = parentOnStack;
            while (owner.attribute) {
                owner = owner.owner;
            }
            Node node = new Node();
            node.num = n;
            Matcher attr = ATTRIBUTE.matcher(n.rest());
            if (attr.matches() && owner != root) {
                node.attribute = true;
                node.attributeLabel = attr.group(1);
                node.owner = owner;
                String value = attr.group(2);
                if (TIME_LABEL.matcher(node.attributeLabel).matches()) {
                    owner.timeText.append(' ').append(value);
                } else if (UnitPhrases.isLabel(n.rest())) {
                    UnitPhrases.clause(n.rest()).ifPresent(owner.unitClauses::add);
                } else if (!value.isBlank() && TASKS_LABEL.matcher(node.attributeLabel).matches()) {
                    // the main tasks in one paragraph: one sub-task
                    Node only = new Node();
                    only.num = new Numbering.Numbered(Numbering.Family.PAREN, 1, "(1)", value);
                    only.parent = owner;
                    only.text.append(value);
                    owner.children.add(only);
                } else if (!value.isBlank()) {
                    owner.text.append('\n').append(value);
                }
            } else {
                node.parent = owner;
                node.text.append(n.rest());
                node.paragraphs.add(n.rest());
                UnitPhrases.clause(n.rest()).ifPresent(node.unitClauses::add);
                owner.children.add(node);
            }
            stack.add(node);
        }
        return root;
    }

    /**
     * A numbered item whose paragraphs carry two or more responsibility notes — several measures in one item, each
     * ending with its own note ("…（生态环境部牵头，…参与）…（生态环境部指导）") — is read as its measures: each piece of
     * text up to a note is a task of its own under the item, numbered 1, 2 … in order (the numbers are not printed), and
     * the item keeps its first sentence as its heading when more text follows it.
     */
    private static void segment(Node n) {
        for (Node c : new ArrayList<>(n.children)) {
            segment(c);
        }
        if (n.num == null || n.attribute || !n.children.isEmpty() || n.paragraphs.isEmpty()) {
            return;
        }
        int count = 0;
        for (String para : n.paragraphs) {
            count += UnitPhrases.notes(para).size();
        }
        if (count < 2) {
            return;
        }
        String first = n.paragraphs.get(0);
        List<UnitPhrases.Note> firstNotes = UnitPhrases.notes(first);
        int firstNote = firstNotes.isEmpty() ? first.length() : firstNotes.get(0).start();
        int headEnd = first.indexOf('。');
        String head = null;
        int from = 0;
        if (headEnd > 0 && headEnd < firstNote && !first.substring(headEnd + 1, firstNote).isBlank()) {
            head = first.substring(0, headEnd);
            from = headEnd + 1;
        }
        List<Node> segments = new ArrayList<>();
        Node open = null;
        for (int i = 0; i < n.paragraphs.size(); i++) {
            String para = n.paragraphs.get(i);
            int at = i == 0 ? from : 0;
            for (UnitPhrases.Note note : UnitPhrases.notes(para)) {
                if (note.start() < at) {
                    continue;
                }
                String piece = para.substring(at, note.start()).strip();
                Node seg = open != null ? open : new Node();
                if (seg.text.length() > 0 && !piece.isEmpty()) {
                    seg.text.append('\n');
                }
                seg.text.append(piece);
                seg.paragraphs.add(para.substring(at, note.end()));
                seg.unitClauses.add(note.body());
                if (seg.text.toString().isBlank() && !segments.isEmpty()) {
                    // a note right after another: more units of the same measure
                    segments.get(segments.size() - 1).unitClauses.add(note.body());
                } else {
                    segments.add(seg);
                }
                open = null;
                at = note.end();
            }
            String rest = para.substring(Math.min(at, para.length())).replaceAll("^[。.；;，,\\s]+", "").strip();
            if (!rest.isEmpty()) {
                if (open == null) {
                    open = new Node();
                } else {
                    open.text.append('\n');
                }
                open.text.append(rest);
            }
        }
        if (segments.isEmpty()) {
            return;
        }
        if (open != null) {
            // text after the last note: more of the last measure
            segments.get(segments.size() - 1).text.append('\n').append(open.text);
        }
        n.text.setLength(0);
        n.text.append(head != null ? head : firstSentence(UnitPhrases.withoutNotes(first)));
        n.unitClauses.clear();
        int k = 0;
        for (Node seg : segments) {
            k++;
            seg.parent = n;
            seg.num = new Numbering.Numbered(Numbering.Family.ITEM, k, String.valueOf(k), seg.text.toString());
            n.children.add(seg);
        }
    }

    private static LocalDate overallDeadline(Node root, PlanProposal p) {
        if (!root.children.isEmpty()) {
            Node first = root.children.get(0);
            StringBuilder goals = new StringBuilder(first.text);
            for (Node c : first.children) {
                if (c.children.isEmpty() && c.unitClauses.isEmpty()) {
                    goals.append('\n').append(c.text);
                }
            }
            p.overallGoals = goals.toString().strip();
            Optional<TimeNodes.Node> n = TimeNodes.deadline(goals.toString());
            if (n.isPresent()) {
                if (p.periodEnd == null) {
                    p.periodEnd = n.get().date().toString();
                }
                return n.get().date();
            }
        }
        return p.periodEnd == null ? null : LocalDate.parse(p.periodEnd);
    }

    // --- proposal ----------------------------------------------------------------------------------

    private void emit(Node root, PlanProposal p, Registry.Org scope, LocalDate overall, UnitPhrases.Reading reading) {
        // kinds first: chapters are sections; a node with units or a time node is a task; below a task, sub-tasks
        kinds(root, false);
        paths(root, "");
        walk(root, p, scope, overall, false, reading);
    }

    private static void kinds(Node n, boolean underTask) {
        for (Node c : n.children) {
            if (c.unitClauses.isEmpty() && !chapter(c) && !UnitPhrases.prose(c.text.toString()).isEmpty()) {
                c.proseUnits = true;
            }
        }
        boolean siblingTasks = n.children.stream().anyMatch(c -> !c.unitClauses.isEmpty() || c.timeText.length() > 0 || c.proseUnits);
        for (Node c : n.children) {
            boolean own = !c.unitClauses.isEmpty() || c.timeText.length() > 0 || c.proseUnits;
            if (underTask) {
                c.kind = "SUBTASK";
            } else if (chapter(c) && (!c.children.isEmpty() || !own)) {
                c.kind = "SECTION";
            } else if (own) {
                c.kind = "TASK";
            } else if (!c.children.isEmpty() && !hasOwnBelow(c)) {
                c.kind = "TASK";
            } else if (!c.children.isEmpty()) {
                c.kind = "SECTION";
            } else {
                c.kind = siblingTasks ? "TASK" : "SECTION";
            }
            kinds(c, underTask || "TASK".equals(c.kind));
        }
    }

    private static boolean hasOwnBelow(Node n) {
        for (Node c : n.children) {
            if (!c.unitClauses.isEmpty() || c.timeText.length() > 0 || hasOwnBelow(c)) {
                return true;
            }
        }
        return false;
    }

    /** Paths by the numbers as the list began ("三、" among "I. II." is "III"; "(II)" among "(1) (2)" is "(2)"). */
    private static void paths(Node n, String prefix) {
        Numbering.Numbered first = n.children.isEmpty() ? null : n.children.get(0).num;
        for (Node c : n.children) {
            String label = c.num.family() == first.family() ? Numbering.relabel(c.num.value(), first) : null;
            c.label = label == null ? c.num.label() : label;
            c.path = (prefix.isEmpty() ? "" : prefix + "/") + c.label;
            paths(c, c.path);
        }
    }

    private void walk(Node n, PlanProposal p, Registry.Org scope, LocalDate overall, boolean inSafeguards, UnitPhrases.Reading reading) {
        for (Node c : n.children) {
            boolean safeguards = inSafeguards || chapter(c) && SAFEGUARDS.matcher(firstSentence(c.text.toString())).find();
            PlanProposal.Task t = new PlanProposal.Task();
            t.path = c.path;
            t.parentPath = n.path;
            t.number = c.label;
            t.kind = c.kind;
            String text = c.text.toString().strip();
            t.title = firstSentence(UnitPhrases.withoutNotes(text.split("\n", 2)[0]));
            t.description = text.length() > t.title.length() + 1 ? text : null;
            if (!"SECTION".equals(t.kind)) {
                // its time node: the "Time node:" item, else the dates of its own paragraph ("2023年底前完成…")
                // (a sub-task's dates are steps of its task, not deadlines of their own)
                String timeSource = c.timeText.length() > 0 ? c.timeText.toString()
                        : "TASK".equals(t.kind) ? withoutClauses(c.text.toString().split("\n", 2)[0]) : "";
                // "各区（县级市）要于2012年底前制定…": a date set for each of a collective is their step, not the task's deadline
                List<String> theirs = new ArrayList<>();
                if (c.timeText.length() == 0) {
                    StringBuilder mine = new StringBuilder();
                    for (String clause : timeSource.split("(?<=[；;。])")) {
                        if (EACH_SUBJECT.matcher(clause.strip()).find() && TimeNodes.stated(clause).isPresent()) {
                            theirs.add(clause.strip().replaceAll("[；;。]$", ""));
                        } else {
                            mine.append(clause);
                        }
                    }
                    if (TimeNodes.deadline(mine.toString()).isPresent()) {
                        timeSource = mine.toString();
                    } else {
                        theirs.clear();
                    }
                }
                Optional<TimeNodes.Node> own = TimeNodes.deadline(timeSource);
                if (own.isPresent()) {
                    t.deadline = own.get().date().toString();
                    for (TimeNodes.Node step : TimeNodes.steps(timeSource)) {
                        t.milestones.add(new PlanProposal.Milestone(step.date().toString(), step.phrase()));
                    }
                    for (String clause : theirs) {
                        t.milestones.add(new PlanProposal.Milestone(TimeNodes.stated(clause).get().date().toString(), clause));
                    }
                    t.deadlineText = c.timeText.length() > 0 ? c.timeText.toString().strip() : own.get().phrase();
                    // a time node or a date the paragraph sets ("2019年6月底前"); only a goal year ("到2020年，…达到95%") is GOAL
                    t.deadlineSource = c.timeText.length() > 0 || TimeNodes.stated(timeSource).isPresent() ? "TEXT" : "GOAL";
                } else if (c.timeText.length() > 0) {
                    t.deadlineText = c.timeText.toString().strip();
                    p.flags.add(PlanProposal.Flag.of("import.deadline.noDate", List.of(t.deadlineText), t.path));
                } else if (!safeguards && "TASK".equals(t.kind) && overall != null) {
                    // no time node of its own: it runs to the plan's overall goal
                    t.deadline = overall.toString();
                    t.deadlineSource = "OVERALL";
                }
                TimeNodes.recurrence(text + " " + c.timeText).ifPresent(r -> {
                    PlanProposal.Reporting rep = new PlanProposal.Reporting();
                    r.days().forEach(d -> rep.days.add(d.toString()));
                    rep.text = r.phrase();
                    rep.taskPath = c.path;
                    p.reporting.add(rep);
                });
            }
            Set<String> seen = new LinkedHashSet<>();
            List<String> clauses = new ArrayList<>(c.unitClauses);
            if (clauses.isEmpty() && !"SUBTASK".equals(t.kind) && !chapter(c)) {
                clauses.addAll(UnitPhrases.prose(text));
            }
            List<UnitPhrases.Mention> mentions = new ArrayList<>();
            List<UnitPhrases.Mention> carriedBefore = reading.carried();
            for (String clause : clauses) {
                mentions.addAll(UnitPhrases.parse(clause, reading));
            }
            if ("TASK".equals(t.kind)) {
                // "以下均需试点城市政府落实，不再列出": a unit stated once for every later task
                for (UnitPhrases.Mention carried : carriedBefore) {
                    if (mentions.stream().noneMatch(m -> m.name().equals(carried.name()))) {
                        mentions.add(carried);
                    }
                }
            }
            if (mentions.stream().anyMatch(UnitPhrases.Mention::open)) {
                p.flags.add(PlanProposal.Flag.of("import.unit.openList", List.of(), t.path));
            }
            for (UnitPhrases.Mention m : mentions) {
                for (PlanProposal.Unit u : resolve(m, scope)) {
                    // one role per organisation and coverage: the first the text gives it
                    if (seen.add((u.code == null ? u.text : u.code) + "|" + u.coverage)) {
                        t.units.add(u);
                        if (u.code == null) {
                            p.flags.add(PlanProposal.Flag.of(u.collective == null ? "import.unit.unresolved" : "import.unit.collective",
                                    List.of(u.text), t.path));
                        }
                    }
                }
            }
            if ("TASK".equals(t.kind) && t.units.isEmpty()) {
                p.flags.add(PlanProposal.Flag.of("import.task.noUnits", List.of(), t.path));
            }
            p.tasks.add(t);
            walk(c, p, scope, overall, safeguards, reading);
        }
    }

    /** The organisations a mention names: every city / park of the area, the match, or — split at "and" / 和 — the matches of its parts. */
    private List<PlanProposal.Unit> resolve(UnitPhrases.Mention m, Registry.Org scope) {
        if (m.coverage() == UnitPhrases.Coverage.EACH_PROVINCE || m.coverage() == UnitPhrases.Coverage.GROUP) {
            // a collective the registry has no single body for: kept with the text's words, for the user to choose
            PlanProposal.Unit u = new PlanProposal.Unit();
            u.role = m.role().name();
            u.text = m.name();
            u.coverage = "SELF";
            u.collective = m.coverage().name();
            u.openList = m.open() ? Boolean.TRUE : null;
            return List.of(u);
        }
        if (m.coverage() != UnitPhrases.Coverage.SELF) {
            if (scope == null) {
                PlanProposal.Unit u = new PlanProposal.Unit();
                u.role = m.role().name();
                u.text = m.name();
                u.coverage = m.coverage().name();
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
        PlanProposal.Unit u = new PlanProposal.Unit();
        u.role = m.role().name();
        u.text = m.name();
        u.coverage = "SELF";
        u.openList = m.open() ? Boolean.TRUE : null;
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
        return List.of(u);
    }

    /**
     * The body an unresolved name stands for, as it would be registered: "省水利厅" in a Shaanxi plan → 陕西省水利厅, a
     * provincial department of 陕西省; "市金融办" in a Jiaozuo plan → 焦作市金融办, a bureau of 焦作市; "海关总署" → a national
     * body; a name without a level word → a body of the plan's own area. None where the parent cannot be known (a
     * 省X厅 of a plan whose province is not in the registry).
     */
    private PlanProposal.NewOrganisation newOrganisation(String name, Registry.Org scope) {
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

    private static PlanProposal.Unit unit(String role, String text, String coverage, UnitResolver.Match m) {
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

    /** A paragraph without its responsibility clause (whose dates are not the task's). */
    private static String withoutClauses(String paragraph) {
        return paragraph.replaceAll("[\\[〔【(（][^\\]〕】)）]*(?:牵头|负责|落实|配合|responsib|lead|implement|cooperat)[^\\]〕】)）]*[\\]〕】)）]", "");
    }

    static String firstSentence(String text) {
        String first = text.split("\n", 2)[0].strip();
        Matcher m = Pattern.compile("^(.{2,300}?)(?:。|\\.(?=\\s|$)|$)").matcher(first);
        String s = m.find() ? m.group(1).strip() : first;
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // --- targets -----------------------------------------------------------------------------------

    private void targets(Node root, PlanProposal p, Registry.Org scope, LocalDate overall) {
        Integer overallYear = overall == null ? null : overall.getYear();
        if (!root.children.isEmpty()) {
            // the goals: the first chapter and its unnumbered-task paragraphs
            collect(p.overallGoals == null ? "" : p.overallGoals, overallYear, null, p, scope, false);
        }
        for (PlanProposal.Task t : p.tasks) {
            String goals = root.children.isEmpty() ? null : root.children.get(0).path;
            if ("SECTION".equals(t.kind) || t.path.equals(goals) || goals != null && t.path.startsWith(goals + "/")) {
                continue;
            }
            Integer year = t.deadline == null ? overallYear : Integer.valueOf(LocalDate.parse(t.deadline).getYear());
            String text = (t.deadlineText == null ? "" : t.deadlineText + "\n") + (t.description == null ? t.title : t.description);
            collect(text, year, "SUBTASK".equals(t.kind) ? t.parentPath : t.path, p, scope, "SUBTASK".equals(t.kind));
        }
        // a target restated without a recognised indicator, where the same figure was recognised: one target
        p.targets.removeIf(g -> g.indicatorCode == null && p.targets.stream().anyMatch(o -> o.indicatorCode != null
                && java.util.Objects.equals(o.relation, g.relation) && eq(o.value, g.value) && eq(o.changePercent, g.changePercent)
                && java.util.Objects.equals(o.baselineYear, g.baselineYear) && java.util.Objects.equals(o.targetYear, g.targetYear)));
        p.flags.removeIf(f -> f.key().equals("import.target.indicatorUnknown")
                && p.targets.stream().noneMatch(g -> g.indicatorCode == null && g.indicatorPhrase.equals(f.args().get(0))));
    }

    private void collect(String text, Integer year, String taskPath, PlanProposal p, Registry.Org scope, boolean datedOnly) {
        for (TargetPhrases.Mention m : TargetPhrases.find(text, year, datedOnly)) {
            Registry.Indicator i = TargetPhrases.indicator(m.indicatorPhrase(), registry);
            PlanProposal.Target g = new PlanProposal.Target();
            g.statement = m.statement().length() > 1000 ? m.statement().substring(0, 1000) : m.statement();
            g.indicatorPhrase = m.indicatorPhrase();
            if (i != null) {
                g.indicatorId = i.id();
                g.indicatorCode = i.code();
                g.indicatorName = i.nameZh();
            }
            g.relation = m.relation().name();
            g.value = m.value();
            g.unit = m.unit();
            g.changePercent = m.changePercent();
            g.baselineYear = m.baselineYear();
            g.targetYear = m.targetYear();
            g.taskPath = taskPath;
            g.scopeCode = scope == null ? null : scope.code();
            g.scopeId = scope == null ? null : scope.id();
            PlanProposal.Target same = p.targets.stream().filter(o -> o.statement.equals(g.statement) && g.indicatorCode != null
                    && g.indicatorCode.equals(o.indicatorCode) && "AT_MOST".equals(o.relation) && "AT_MOST".equals(g.relation)
                    && java.util.Objects.equals(o.targetYear, g.targetYear)
                    && (o.value == null) != (g.value == null) && (o.changePercent == null) != (g.changePercent == null)).findFirst().orElse(null);
            if (same != null) {
                // "11.48 % lower than 2015, controlled within 14.5 million tons": one target, stated both ways
                if (same.value == null) {
                    same.value = g.value;
                    same.unit = g.unit;
                } else {
                    same.changePercent = g.changePercent;
                    same.baselineYear = g.baselineYear;
                }
                continue;
            }
            boolean dup = p.targets.stream().anyMatch(o -> java.util.Objects.equals(o.indicatorCode, g.indicatorCode) && g.indicatorCode != null
                    && java.util.Objects.equals(o.relation, g.relation) && eq(o.value, g.value) && eq(o.changePercent, g.changePercent)
                    && java.util.Objects.equals(o.targetYear, g.targetYear));
            if (!dup) {
                p.targets.add(g);
                if (i == null) {
                    p.flags.add(PlanProposal.Flag.of("import.target.indicatorUnknown", List.of(m.indicatorPhrase()), taskPath));
                }
            }
        }
    }

    private static boolean eq(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
