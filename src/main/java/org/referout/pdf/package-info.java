/**
 * PDF documents (shared): the one PDF library (OpenPDF) behind one page layout, so the referral letter, the client
 * handout, the progress report and the whole-record export read alike: US Letter, built-in Helvetica (no font
 * files to scan), one title, heading, paragraph and table style, text that OpenPDF wraps and breaks across pages
 * itself, vector drawings (the charts, drawn through {@code chart}'s Graphics2D canvas), and the one way a PDF
 * answers a request ({@link org.referout.pdf.PdfDocument#response}). Knows no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDF documents", allowedDependencies = {})
package org.referout.pdf;
