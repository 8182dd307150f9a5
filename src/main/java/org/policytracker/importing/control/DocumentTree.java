package org.policytracker.importing.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered text of a plan as a tree: chapters, items and sub-items by their numbering families (一、 (一) 1. (1) …,
 * I. 1. (a) …), attributes ("时间节点：" / "Responsible units:") kept with the item they describe, items carrying several
 * responsibility notes split into their measures; then each node's kind (section, task, sub-task) and its path.
 */
final class DocumentTree {

    static final Pattern ATTRIBUTE = Pattern.compile("(?i)^(time nodes?|timeline|deadline|main tasks?|key tasks?|work measures|measures|"
            + "responsible units?|lead units?|responsible departments?|objectives?|work objectives?|targets?|"
            + "时间节点|完成时限|主要任务|重点任务|工作措施|责任单位|牵头单位|责任部门|工作目标|目标任务)\\s*[:：]\\s*(.*)$");
    static final Pattern TIME_LABEL = Pattern.compile("(?i)^(time nodes?|timeline|deadline|时间节点|完成时限)$");
    static final Pattern TASKS_LABEL = Pattern.compile("(?i)^(main tasks?|key tasks?|work measures|measures|主要任务|重点任务|工作措施)$");
    /** A node of the tree being built. */
    static final class Node {
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
    /**
     * Where the numbered text begins: its first chapter (一、 / I.); in a document without chapters, the first "1" of
     * any family that goes on to a "2" ("1、 Overall requirements", "（一）…") — the family the document uses at its top.
     */
    static int treeStart(List<String> paras) {
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
    static boolean chapter(Node c) {
        return c.parent != null && c.parent.num == null;
    }
    static Node tree(List<String> paras, PlanProposal p) {
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
                continuation(stack.get(stack.size() - 1), root, para);
                continue;
            }
            Numbering.Numbered n = num.get();
            int level = level(stack, n, p);
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
            stack.add(attach(owner, root, n));
        }
        return root;
    }
    /** An unnumbered paragraph: more text of the open item (or the time node of the attribute it continues). */
    private static void continuation(Node top, Node root, String para) {
        if (top == root) {
            return;
        }
        if (top.attribute && TIME_LABEL.matcher(top.attributeLabel).matches()) {
            top.owner.timeText.append(' ').append(para);
        } else {
            Node target = top.attribute ? top.owner : top;
            target.text.append('\n').append(para);
            target.paragraphs.add(para);
            UnitPhrases.clause(para).ifPresent(target.unitClauses::add);
        }
    }

    /** Where a numbered paragraph goes: the sibling of the open item of its family that it follows, else a child of the top. */
    private static int level(List<Node> stack, Numbering.Numbered n, PlanProposal p) {
        for (int i = stack.size() - 1; i >= 1; i--) {
            Node open = stack.get(i);
            if (open.num.family() == n.family() && (n.value() == open.num.value() + 1 || i == 1)) {
                return i;
            }
        }
        if (n.value() != 1) {
            for (int i = stack.size() - 1; i >= 1; i--) {
                if (stack.get(i).num.family() == n.family()) {
                    p.flags.add(PlanProposal.Flag.of("import.numbering.gap", List.of(n.label(), stack.get(i).num.label()), null));
                    return i;
                }
            }
        }
        return -1;
    }

    /** A numbered paragraph under {@code owner}: an attribute of it ("时间节点：…") or an item of its own. */
    private static Node attach(Node owner, Node root, Numbering.Numbered n) {
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
        return node;
    }

    /**
     * The measures of an item's paragraphs (from {@code from} of the first): each piece of text up to a note, with the
     * note's units, added to {@code segments}; returns the text after the last note, if any (more of the last measure).
     */
    private static Node measures(List<String> paragraphs, int from, List<Node> segments) {
        Node open = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            String para = paragraphs.get(i);
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
        return open;
    }


    /**
     * A numbered item whose paragraphs carry two or more responsibility notes — several measures in one item, each
     * ending with its own note ("…（生态环境部牵头，…参与）…（生态环境部指导）") — is read as its measures: each piece of
     * text up to a note is a task of its own under the item, numbered 1, 2 … in order (the numbers are not printed), and
     * the item keeps its first sentence as its heading when more text follows it.
     */
    static void segment(Node n) {
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
        Node open = measures(n.paragraphs, from, segments);
        if (segments.isEmpty()) {
            return;
        }
        if (open != null) {
            // text after the last note: more of the last measure
            segments.get(segments.size() - 1).text.append('\n').append(open.text);
        }
        n.text.setLength(0);
        n.text.append(head != null ? head : PlanTextParser.firstSentence(UnitPhrases.withoutNotes(first)));
        n.unitClauses.clear();
        int k = 0;
        for (Node seg : segments) {
            k++;
            seg.parent = n;
            seg.num = new Numbering.Numbered(Numbering.Family.ITEM, k, String.valueOf(k), seg.text.toString());
            n.children.add(seg);
        }
    }
    static LocalDate overallDeadline(Node root, PlanProposal p) {
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
    static void kinds(Node n, boolean underTask) {
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
    static boolean hasOwnBelow(Node n) {
        for (Node c : n.children) {
            if (!c.unitClauses.isEmpty() || c.timeText.length() > 0 || hasOwnBelow(c)) {
                return true;
            }
        }
        return false;
    }
    /** Paths by the numbers as the list began ("三、" among "I. II." is "III"; "(II)" among "(1) (2)" is "(2)"). */
    static void paths(Node n, String prefix) {
        Numbering.Numbered first = n.children.isEmpty() ? null : n.children.get(0).num;
        for (Node c : n.children) {
            String label = c.num.family() == first.family() ? Numbering.relabel(c.num.value(), first) : null;
            c.label = label == null ? c.num.label() : label;
            c.path = (prefix.isEmpty() ? "" : prefix + "/") + c.label;
            paths(c, c.path);
        }
    }

    private DocumentTree() {
    }
}
