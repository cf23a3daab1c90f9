/**
 * Charts (shared): the one way the application draws a chart. Chart code (progress's episode chart, insights'
 * shares and burnout trend) draws on a {@link org.referout.chart.Canvas}: {@link org.referout.chart.Svg} writes the
 * accessible inline SVG of the pages (plain strings, no library, no style attributes, which the CSP forbids), and
 * {@link org.referout.chart.Graphics2dCanvas} draws the same shapes on a {@code java.awt.Graphics2D}, which the
 * {@code pdf} module hands out as vector graphics on a PDF page. So a page and a PDF show one geometry. JDK only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charts", allowedDependencies = {})
package org.referout.chart;
