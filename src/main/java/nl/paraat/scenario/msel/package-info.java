/**
 * MSEL spreadsheets: a scenario's injects as a Master Scenario Events List in Excel (.xlsx) or CSV as
 * Excel writes it in the Netherlands, written for facilitators and read back into a scenario.
 */
package nl.paraat.scenario.msel;
