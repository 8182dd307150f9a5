package org.policytracker.importing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policytracker.importing.control.UnitPhrases.Coverage;
import org.policytracker.importing.control.UnitPhrases.Mention;
import org.policytracker.importing.control.UnitPhrases.Reading;
import org.policytracker.importing.control.UnitPhrases.Role;

/** The units of a Chinese note (牵头单位：X；配合单位：Y / X牵头，Y配合 / X、Y按职责分工负责 …), names as written. */
final class ChineseUnits {

    private static final Pattern LEVEL_WORD = Pattern.compile("^(省|市|县|区)(?!委|场|政府|民|级)");

    private ChineseUnits() {
    }

    private static final Pattern ZH_LABEL = Pattern.compile("^(牵头单位|牵头部门|责任单位|责任部门|负责单位|负责部门|配合单位|配合部门|参与单位|实施单位|主办单位)\\s*[:：]\\s*(.*)$");
    private static final Pattern ZH_VERB = Pattern.compile("(牵头负责|牵头|按照职责分工负责|按职责分工负责|按照职责分工|按职责分工|分别负责|按职责负责|负责落实|负总责|负责|配合|参与|落实|指导)$");
    private static final Pattern OPEN_TAIL = Pattern.compile("等(?:有关|相关)?(?:部门|单位)?(?:和单位|和部门)?$");

    /**
     * A Chinese note: its parts (at ，；。 outside brackets) each name units by a label (牵头单位：X) or a verb at their end
     * (X、Y负责 / 牵头 / 配合 / 参与 / 落实 / 指导); a part with neither takes the role of the label before it ("配合单位：A、B，
     * 各区、县级市") or else of the verb after it ("A、B，各省级人民政府按职责分工负责"). Statements in a note ("排在第一位的部门为牵头部门，
     * 下同", "适用范围：…", "以下均需X落实，不再列出") are not units.
     */
    static List<Mention> parse(String clause, Reading reading) {
        List<String> parts = unitParts(clause.strip().replaceAll("[。；;]$", ""), reading);
        Role[] roles = new Role[parts.size()];
        boolean[] labelled = new boolean[parts.size()];
        String[] names = new String[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            names[i] = roleOf(parts.get(i), i, roles, labelled);
        }
        inheritRoles(roles, labelled);
        List<Mention> out = new ArrayList<>();
        boolean explicitLead = false;
        for (Role r : roles) {
            explicitLead |= r == Role.LEAD;
        }
        for (int i = 0; i < parts.size(); i++) {
            namesZh(names[i], roles[i], out);
        }
        // "列第一位者为牵头单位": the first unit of a list of those responsible leads (unless a collective comes first)
        if (reading.firstLeads && !explicitLead && !out.isEmpty() && out.get(0).role() == Role.CO_RESPONSIBLE
                && out.get(0).coverage() == Coverage.SELF) {
            out.set(0, out.get(0).as(Role.LEAD));
        }
        // a city's, county's or park's own departments "落实" (implement) in the area's every city / park
        List<Mention> fixed = new ArrayList<>();
        for (Mention m : out) {
            fixed.add(m);
            if (m.coverage() == Coverage.EACH_CITY && m.name().contains("园区管理机构") && m.role() == Role.IMPLEMENTING) {
                fixed.add(new Mention(m.role(), m.name(), Coverage.EACH_PARK, m.open()));
            }
        }
        return fixed;
    }

    /** The parts of a note that name units; statements ("下同", "以下均需X落实" — remembered in {@code reading}) left out. */
    private static List<String> unitParts(String c, Reading reading) {
        List<String> parts = new ArrayList<>();
        for (String part : UnitPhrases.splitOutside(c, "，,；;。")) {
            String p = part.strip();
            if (p.isEmpty() || UnitPhrases.FIRST_LEADS.matcher(p).find() || p.equals("下同") || p.startsWith("适用范围") || p.contains("不再列出")
                    || p.matches("^(?:以下|下同|同上|另有规定).*")) {
                Matcher carried = UnitPhrases.CARRIED.matcher(p);
                if (carried.find()) {
                    Mention m = collective(carried.group(1), Role.IMPLEMENTING);
                    if (reading.carried.stream().noneMatch(x -> x.name().equals(m.name()))) {
                        reading.carried.add(m);
                    }
                }
                continue;
            }
            parts.add(p);
        }
        return parts;
    }

    /** The role part {@code i} states by its label (牵头单位：…) or its verb (…牵头), if any; returns the names it lists. */
    private static String roleOf(String p, int i, Role[] roles, boolean[] labelled) {
        Matcher label = ZH_LABEL.matcher(p);
        if (label.matches()) {
            String l = label.group(1);
            roles[i] = l.startsWith("牵头") || l.equals("主办单位") ? Role.LEAD
                    : l.startsWith("配合") || l.startsWith("参与") ? Role.COOPERATING
                    : l.startsWith("实施") ? Role.IMPLEMENTING : Role.CO_RESPONSIBLE;
            labelled[i] = true;
            return label.group(2);
        }
        Matcher verb = ZH_VERB.matcher(p);
        if (verb.find() && verb.start() > 0) {
            roles[i] = switch (verb.group(1)) {
                case "牵头负责", "牵头" -> Role.LEAD;
                case "配合", "参与" -> Role.COOPERATING;
                case "负责落实", "落实", "负总责" -> Role.IMPLEMENTING;
                case "指导" -> Role.GUIDING;
                default -> Role.CO_RESPONSIBLE;
            };
            return p.substring(0, verb.start());
        }
        return p;
    }

    /** A part with neither label nor verb takes the label before it, else the verb after it, else the role before it. */
    private static void inheritRoles(Role[] roles, boolean[] labelled) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != null) {
                continue;
            }
            Role before = i > 0 && labelled[i - 1] ? roles[i - 1] : null;
            Role after = null;
            for (int k = i + 1; k < roles.length && after == null; k++) {
                after = labelled[k] ? null : roles[k];
                if (labelled[k]) {
                    break;
                }
            }
            roles[i] = before != null ? before : after != null ? after : i > 0 && roles[i - 1] != null ? roles[i - 1] : Role.CO_RESPONSIBLE;
            labelled[i] = before != null;
        }
    }

    /** The names of a Chinese list in one role: at 、 outside brackets, "各区、县级市" kept whole, "A、B等和C" → A, B (open) and C. */
    private static void namesZh(String list, Role role, List<Mention> out) {
        String l = list.strip().replaceAll("^(?:由|请|会同|并)", "");
        List<String> groups = new ArrayList<>();
        int and = l.indexOf("等和");
        if (and > 0) {
            groups.add(l.substring(0, and + 1));
            groups.add(l.substring(and + 2));
        } else {
            groups.add(l);
        }
        for (String g : groups) {
            List<String> pieces = new ArrayList<>();
            for (String piece : UnitPhrases.splitOutside(g, "、")) {
                String n = piece.strip();
                // "各区、县级市", "各省、自治区、直辖市人民政府": a collective written with 、 is one name
                if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).startsWith("各")
                        && n.matches("^(?:县级市|县|区|市|自治区|自治州|直辖市|新疆生产建设兵团|计划单列市|副省级城市)(?:.*(?:人民政府|政府))?$")) {
                    pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + "、" + n);
                } else if (!n.isEmpty()) {
                    pieces.add(n);
                }
            }
            // "省科技厅、工业和信息化厅": a list written once with its level word — 工业和信息化厅 is the province's too
            if (!pieces.isEmpty()) {
                Matcher level = LEVEL_WORD.matcher(pieces.get(0));
                if (level.find()) {
                    for (int k = 1; k < pieces.size(); k++) {
                        String n = pieces.get(k);
                        if (n.length() <= 14 && !n.matches(".*[省市县].*|^(?:区|各|有关|相关|国家|中国|中央|全国).*") && !PROVINCES.matcher(n).find()
                                && n.matches(".*(?:厅|局|委员会|委|办公室|办)$")) {
                            pieces.set(k, level.group(1) + n);
                        }
                    }
                }
            }
            boolean open = false;
            if (!pieces.isEmpty()) {
                String last = pieces.get(pieces.size() - 1);
                Matcher tail = OPEN_TAIL.matcher(last);
                if (tail.find() && tail.start() > 0) {
                    pieces.set(pieces.size() - 1, last.substring(0, tail.start()).strip());
                    open = true;
                }
            }
            for (String n : pieces) {
                if (n.isEmpty()) {
                    continue;
                }
                Mention m = collective(n, role);
                out.add(open ? new Mention(m.role(), m.name(), m.coverage(), true) : m);
            }
        }
    }

    private static final Pattern PROVINCES = Pattern.compile("^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆"
            + "|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门)");

    /** A name as a mention: one body, or a collective (every city / park / province of the area, or a group). */
    static Mention collective(String name, Role role) {
        String n = name.strip();
        if (n.matches("^各(?:有关)?(?:省级人民政府|省级政府|省、自治区、直辖市(?:人民政府)?|省（区、市）(?:人民政府)?|省\\(区、市\\)(?:人民政府)?)$")) {
            return new Mention(role, n, Coverage.EACH_PROVINCE);
        }
        if (n.contains("园区管理机构") || n.matches("^各(?:有关)?(?:园区|开发区|工业园区).*")) {
            return new Mention(role, n, n.matches(".*(?:各市|市（区）|市\\(区\\)).*") ? Coverage.EACH_CITY : Coverage.EACH_PARK);
        }
        if (n.matches("^各(?:有关)?(?:地级以上市|地级市|设区的市|市|县|区|地|市（区）|市\\(区\\)|县（市、区）|县\\(市、区\\)|区、县级市|区县|县（区）|县区).*")
                || n.matches(".*(?:各市|市（区）|市\\(区\\)|县（市、区）|县\\(市、区\\)).*")) {
            return new Mention(role, n, Coverage.EACH_CITY);
        }
        if (n.startsWith("各") || n.startsWith("有关") || n.startsWith("相关") || n.matches("^(?:试点|示范)(?:城市|地区|省份|园区)(?:人民)?政府?$")
                || n.matches(".*(?:有关部门|有关单位|相关部门|相关单位|牵头单位)$")) {
            return new Mention(role, n, Coverage.GROUP);
        }
        return new Mention(role, n, Coverage.SELF);
    }
}
