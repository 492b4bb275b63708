import { backendCpuMs, cpuDelta, cpuPerAnswer, procCpuMs, sumCpu } from './process-cpu';

describe('process CPU', () => {
  it('reads this process’s utime + stime from /proc, and nothing for a pid that is gone', () => {
    const spin = Date.now() + 50;
    while (Date.now() < spin);
    const used = process.cpuUsage();
    const ms = procCpuMs(process.pid)!;
    // /proc counts in 10 ms ticks: within a tick or two of what Node reports.
    expect(Math.abs(ms - (used.user + used.system) / 1000)).toBeLessThanOrEqual(30);
    expect(procCpuMs(2 ** 22 + 1)).toBeUndefined();
  });

  it('subtracts, sums and divides per process, with the sum of all as "total"', () => {
    expect(cpuDelta({ gateway: 100, students: 40 }, { gateway: 250, students: 70, postgres: 30 })).toEqual({ gateway: 150, students: 30, postgres: 30 });
    expect(sumCpu([{ gateway: 10, postgres: 5 }, { gateway: 20, students: 4 }])).toEqual({ gateway: 30, postgres: 5, students: 4 });
    expect(cpuPerAnswer({ gateway: 300, students: 100, postgres: 200 }, 100)).toEqual({ gateway: 3, students: 1, postgres: 2, total: 6 });
    const none = cpuPerAnswer({ gateway: 300 }, 0);
    expect(none.gateway).toBeNaN();
    expect(none.total).toBeNaN();
  });

  it('counts a backend from its first reading, a new one in full, and an exited one up to its last sample', () => {
    const samples = [
      [{ pid: 1, cpuMs: 1000 }, { pid: 2, cpuMs: 500 }],
      [{ pid: 1, cpuMs: 1100 }, { pid: 2, cpuMs: 560 }, { pid: 3, cpuMs: 20 }],
      // pid 2 exited after the second sample; pid 3 was forked during the window.
      [{ pid: 1, cpuMs: 1250 }, { pid: 3, cpuMs: 70 }],
    ];
    expect(backendCpuMs(samples)).toBe(250 + 60 + 70);
    expect(backendCpuMs([])).toBe(0);
  });
});
