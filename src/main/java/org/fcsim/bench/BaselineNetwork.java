package org.fcsim.bench;

import java.util.Arrays;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.Henriksen;

/**
 * Bench case (a) written directly on SSJ, as the yardstick for fcsim's overhead: {@code n} drive
 * units cycle storage → station → storage; each trip goes to a station chosen uniformly at
 * random, travel is two exponential legs (to the station, back to storage), each station has one
 * picker with exponential pick times, first come first served. The same closed network as
 * fcsim's closed loop with {@code policy: uniformRandom}, so both must match Mean Value Analysis.
 *
 * <p>Written as a practitioner would write it on SSJ alone: one {@link Simulator} on a
 * {@link Henriksen} list (counted by {@link CountingEventList}), three MRG32k3a streams (travel,
 * picking, routing), one reusable {@link Event} per drive unit and leg and per station, station
 * queues as intrusive linked lists in plain int arrays. Three events per pick. No fcsim class.
 */
final class BaselineNetwork {
  private static final MRG32k3a PROTOTYPE = new MRG32k3a();

  private final Simulator simulator;
  private final MRG32k3a travel;
  private final MRG32k3a pickTimes;
  private final MRG32k3a routing;
  private final double travelRatePerSec;
  private final double pickRatePerSec;
  private final int stations;
  private final ArriveAtStation[] arrive;
  private final BackInStorage[] back;
  private final PickDone[] pickDone;
  /** Station each drive unit is bound for or at. */
  private final int[] stationOf;
  /** Drive unit being picked at each station, -1 if the picker is free. */
  private final int[] beingPicked;
  /** FIFO queue of each station: head and tail unit, -1 if empty; {@code next} links the units. */
  private final int[] head;
  private final int[] tail;
  private final int[] next;
  private long picks;

  /**
   * @param travelMeanSec mean of each of the two legs of a trip
   * @param pickMeanSec   mean pick time
   * @param events        an empty list around a {@link Henriksen}
   */
  BaselineNetwork(int driveUnits, int stations, double travelMeanSec, double pickMeanSec, long seed,
      CountingEventList events) {
    this.simulator = new Simulator(events);
    this.travel = stream(seed, 1);
    this.pickTimes = stream(seed, 2);
    this.routing = stream(seed, 3);
    this.travelRatePerSec = 1 / travelMeanSec;
    this.pickRatePerSec = 1 / pickMeanSec;
    this.stations = stations;
    this.arrive = new ArriveAtStation[driveUnits];
    this.back = new BackInStorage[driveUnits];
    this.stationOf = new int[driveUnits];
    this.next = new int[driveUnits];
    for (int u = 0; u < driveUnits; u++) {
      arrive[u] = new ArriveAtStation(u);
      back[u] = new BackInStorage(u);
    }
    this.pickDone = new PickDone[stations];
    this.beingPicked = new int[stations];
    this.head = new int[stations];
    this.tail = new int[stations];
    for (int s = 0; s < stations; s++) {
      pickDone[s] = new PickDone(s);
    }
    Arrays.fill(beingPicked, -1);
    Arrays.fill(head, -1);
    Arrays.fill(tail, -1);
  }

  /** A stream of its own seed, made without touching SSJ's shared package seed. */
  private static MRG32k3a stream(long seed, int purpose) {
    MRG32k3a s = PROTOTYPE.clone();
    long base = Math.floorMod(seed * 31 + purpose, 4_294_900_000L) + 1;
    s.setSeed(new long[] {base, base + 1, base + 2, base, base + 1, base + 2});
    return s;
  }

  /** Runs for {@code horizonSec} simulated seconds from all units in storage; returns the picks completed. */
  long run(double horizonSec) {
    simulator.init();
    for (int u = 0; u < arrive.length; u++) {
      startTrip(u);
    }
    new Event(simulator) {
      @Override
      public void actions() {
        simulator.stop();
      }
    }.schedule(horizonSec);
    simulator.start();
    return picks;
  }

  private void startTrip(int unit) {
    stationOf[unit] = routing.nextInt(0, stations - 1);
    arrive[unit].schedule(ExponentialGen.nextDouble(travel, travelRatePerSec));
  }

  private void arrived(int unit) {
    int s = stationOf[unit];
    if (beingPicked[s] < 0) {
      startPick(s, unit);
    } else {
      next[unit] = -1;
      if (tail[s] < 0) {
        head[s] = unit;
      } else {
        next[tail[s]] = unit;
      }
      tail[s] = unit;
    }
  }

  private void startPick(int station, int unit) {
    beingPicked[station] = unit;
    pickDone[station].schedule(ExponentialGen.nextDouble(pickTimes, pickRatePerSec));
  }

  private void picked(int station) {
    picks++;
    back[beingPicked[station]].schedule(ExponentialGen.nextDouble(travel, travelRatePerSec));
    int queued = head[station];
    if (queued < 0) {
      beingPicked[station] = -1;
    } else {
      head[station] = next[queued];
      if (head[station] < 0) {
        tail[station] = -1;
      }
      startPick(station, queued);
    }
  }

  private final class ArriveAtStation extends Event {
    private final int unit;

    ArriveAtStation(int unit) {
      super(simulator);
      this.unit = unit;
    }

    @Override
    public void actions() {
      arrived(unit);
    }
  }

  private final class PickDone extends Event {
    private final int station;

    PickDone(int station) {
      super(simulator);
      this.station = station;
    }

    @Override
    public void actions() {
      picked(station);
    }
  }

  private final class BackInStorage extends Event {
    private final int unit;

    BackInStorage(int unit) {
      super(simulator);
      this.unit = unit;
    }

    @Override
    public void actions() {
      startTrip(unit);
    }
  }
}
