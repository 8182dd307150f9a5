package org.policytracker.organisations.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.platform.validation.EnumValue;

/**
 * What a client sends to create or change an organisation. {@code version} is required when
 * changing (the version the client read); a stale one is refused.
 */
public final class OrganisationData {

    @NotBlank(message = "{organisation.code.required}") @Size(max = 64, message = "{field.tooLong}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{organisation.code.pattern}") private String code;
    @NotBlank(message = "{organisation.kind.required}") @EnumValue(OrganisationKind.class) private String kind;
    @NotBlank(message = "{organisation.nameZh.required}") @Size(max = 200, message = "{field.tooLong}") private String nameZh;
    @NotBlank(message = "{organisation.nameEn.required}") @Size(max = 300, message = "{field.tooLong}") private String nameEn;
    private Long parentId;
    @Size(max = 254, message = "{field.tooLong}") @jakarta.validation.constraints.Email(message = "{organisation.email.invalid}") private String email;
    @Size(max = 50, message = "{field.tooMany}") private List<String> aliases;
    /** The prefix of its document numbers (机关代字), e.g. 陕工信函; no brackets or digits. */
    @Size(max = 40, message = "{field.tooLong}") @Pattern(regexp = "[^〔〕\\[\\]()（）0-9]*", message = "{organisation.documentPrefix.pattern}") private String documentPrefix;
    private Long version;

    /** For JSON-B. */
    public OrganisationData() {
    }

    public OrganisationData(String code, String kind, String nameZh, String nameEn, Long parentId, List<String> aliases, Long version) {
        this(code, kind, nameZh, nameEn, parentId, aliases, version, null);
    }

    public OrganisationData(String code, String kind, String nameZh, String nameEn, Long parentId, List<String> aliases, Long version,
                            String email) {
        this.email = email;
        this.code = code;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.parentId = parentId;
        this.aliases = aliases;
        this.version = version;
    }

    public String code() {
        return code;
    }

    public String kind() {
        return kind;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Long parentId() {
        return parentId;
    }

    public String email() {
        return email;
    }

    public List<String> aliases() {
        return aliases;
    }

    public String documentPrefix() {
        return documentPrefix;
    }

    /** With the prefix of its document numbers. */
    public OrganisationData withDocumentPrefix(String prefix) {
        this.documentPrefix = prefix;
        return this;
    }

    public Long version() {
        return version;
    }
}
