package org.fcsim.bench;

import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * The SSJ-only closed network ({@link BaselineNetwork}) as a program of its own, for the bench's
 * whole-process case: {@code java -cp fcsim.jar org.fcsim.bench.BaselineProcess UNITS STATIONS
 * HORIZON_SEC} runs it and prints the picks completed.
 */
public final class BaselineProcess {
  private BaselineProcess() {}

  public static void main(String[] args) {
    int units = Integer.parseInt(args[0]);
    int stations = Integer.parseInt(args[1]);
    double horizonSec = Double.parseDouble(args[2]);
    long picks = new BaselineNetwork(units, stations, ClosedNetwork.TRAVEL_EACH_WAY_SEC, ClosedNetwork.PICK_SEC,
        ClosedNetwork.SEED, new CountingEventList(new Henriksen())).run(horizonSec);
    System.out.println(picks + " picks");
  }
}
