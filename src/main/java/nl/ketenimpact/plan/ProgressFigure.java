package nl.ketenimpact.plan;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A total another module computes from its records for one organisation in a project, e.g. the
 * approved social-return value of a contractor. {@code organisationId} null means the corporation.
 */
public record ProgressFigure(UUID organisationId, Metric metric, BigDecimal value, String sourceKey) {
}
