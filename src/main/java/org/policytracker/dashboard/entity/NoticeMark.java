package org.policytracker.dashboard.entity;

import org.policytracker.platform.persistence.NotAudited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Up to when a person has read their notifications ("mark all as read" on the start page). */
@NotAudited("when a person last read their notifications: a reading mark, not a change to a record")
@Entity
@Table(name = "notice_mark")
public class NoticeMark {

    @Id
    @Column(nullable = false, length = 255)
    private String username;

    @Column(name = "read_until", nullable = false)
    private Instant readUntil;

    protected NoticeMark() {
    }

    public NoticeMark(String username, Instant readUntil) {
        this.username = username;
        this.readUntil = readUntil;
    }

    public String getUsername() { return username; }
    public Instant getReadUntil() { return readUntil; }
    public void setReadUntil(Instant readUntil) { this.readUntil = readUntil; }
}
