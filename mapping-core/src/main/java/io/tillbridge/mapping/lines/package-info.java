/**
 * Line aggregation: Zoho-style order lines (quantity × rate, discounts before or after tax, tax,
 * shipping and adjustment) added up into the one amount Opayo charges, computed exactly and rounded once.
 * A total that does not add up to the order's stated total is an error showing both figures, so an order
 * is never charged at a figure nobody agreed to.
 */
package io.tillbridge.mapping.lines;
