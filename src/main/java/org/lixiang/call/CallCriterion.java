package org.lixiang.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/** One criterion of a call's scoring template: its weight in the total (of 100) and its maximum points. */
@Entity
@Table(name = "call_criterion")
public class CallCriterion {

    /** A criterion as an officer enters it. */
    public record Draft(String name, BigDecimal weight, int maxPoints) {
    }

    /** The template a new call starts with: 必要性 30, 可行性 30, 预期水平与效益 40. */
    public static List<Draft> defaults() {
        return List.of(new Draft("必要性", new BigDecimal("30"), 30),
                new Draft("可行性", new BigDecimal("30"), 30),
                new Draft("预期水平与效益", new BigDecimal("40"), 40));
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected CallCriterion() {
    }

    CallCriterion(Call call, int position, String name, BigDecimal weight, int maxPoints) {
        this.call = call;
        this.position = position;
        this.name = name;
        this.weight = weight;
        this.maxPoints = maxPoints;
    }

    void change(String name, BigDecimal weight, int maxPoints) {
        this.name = name;
        this.weight = weight;
        this.maxPoints = maxPoints;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public Draft toDraft() {
        return new Draft(name, weight, maxPoints);
    }
}
