/**
 * What levels cost and what they ask of people: equipment owned, cost per unit shipped from a
 * replication's numbers, the payback of a step up, and who is retrained into what. Reads
 * scenarios and replication results; never touches the simulator and never writes files.
 */
package org.fcsim.economics;
