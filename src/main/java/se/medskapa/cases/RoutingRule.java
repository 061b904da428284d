package se.medskapa.cases;

/**
 * "Cases in this category (and area) go to this unit": the suggestion the coach confirms.
 */
public record RoutingRule(long id, long categoryId, String categoryName, String area, long unitId, String unitName) {
}
