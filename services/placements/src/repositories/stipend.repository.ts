import type { DataSource } from 'typeorm';

export interface StipendPeriodRow {
  placementId: string;
  periodStart: string;
  periodEnd: string;
  approvedMinutes: number;
  hourlyRate: number;
  amount: number;
}

/** What a placement's time entries add up to. */
export interface PlacementHours {
  approvedMinutes: number;
  pendingMinutes: number;
  /** Its approved minutes paid per pay period at its hourly rate; 0 when unpaid. */
  stipendTotal: number;
}

export interface PayPeriods {
  anchor: string;
  days: number;
}

/**
 * Stipends and wages are derived, never stored: approved minutes of paid placements, grouped into
 * fixed-length pay periods counted from an anchor date, times the placement's hourly rate, rounded
 * to cents per period (that is what a payroll run pays).
 */
export class StipendRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly periods: PayPeriods,
  ) {}

  private periodsSql(where: string): string {
    return `
      SELECT p.id AS placement_id, p.student_id, p.partner_id, p.school_year, p.hourly_rate,
             floor((t.work_date - $1::date)::numeric / $2)::int AS period,
             sum(t.duration_minutes)::int AS minutes
      FROM placements.time_entries t JOIN placements.placements p ON p.id = t.placement_id
      WHERE t.status = 'APPROVED' AND p.compensation_kind <> 'UNPAID' AND ${where}
      GROUP BY p.id, period`;
  }

  async periodsByPlacementIds(placementIds: readonly string[]): Promise<StipendPeriodRow[]> {
    const rows: { placement_id: string; hourly_rate: string; period: number; minutes: number }[] = await this.dataSource.query(
      `${this.periodsSql('p.id = ANY($3)')} ORDER BY placement_id, period`,
      [this.periods.anchor, this.periods.days, placementIds],
    );
    return rows.map((r) => {
      const rate = Number(r.hourly_rate);
      return {
        placementId: r.placement_id,
        periodStart: this.addDays(r.period * this.periods.days),
        periodEnd: this.addDays((r.period + 1) * this.periods.days - 1),
        approvedMinutes: r.minutes,
        hourlyRate: rate,
        amount: Math.round((r.minutes / 60) * rate * 100) / 100,
      };
    });
  }

  /**
   * Approved and pending minutes and the stipend total per placement, one statement for the batch:
   * a placement's hours and stipend were two reads of the same time entries.
   */
  async hoursByPlacementIds(placementIds: readonly string[]): Promise<Map<string, PlacementHours>> {
    const rows: { placement_id: string; approved: number; pending: number; total: string | null }[] = await this.dataSource.query(
      `SELECT placement_id, sum(approved)::int AS approved, sum(pending)::int AS pending,
              sum(round(approved / 60.0 * hourly_rate, 2)) FILTER (WHERE paid) AS total
       FROM (SELECT t.placement_id, floor((t.work_date - $1::date)::numeric / $2)::int AS period,
                    coalesce(sum(t.duration_minutes) FILTER (WHERE t.status = 'APPROVED'), 0) AS approved,
                    coalesce(sum(t.duration_minutes) FILTER (WHERE t.status = 'SUBMITTED'), 0) AS pending,
                    p.hourly_rate, p.compensation_kind <> 'UNPAID' AS paid
             FROM placements.time_entries t JOIN placements.placements p ON p.id = t.placement_id
             WHERE t.placement_id = ANY($3)
             GROUP BY t.placement_id, period, p.hourly_rate, p.compensation_kind) periods
       GROUP BY placement_id`,
      [this.periods.anchor, this.periods.days, placementIds],
    );
    return new Map(rows.map((r) => [r.placement_id, { approvedMinutes: r.approved, pendingMinutes: r.pending, stipendTotal: Number(r.total ?? 0) }]));
  }

  totalsByStudentIds(studentIds: readonly string[], schoolYear: string | null): Promise<Map<string, number>> {
    return this.totals('student_id', 'p.student_id = ANY($3) AND ($4::text IS NULL OR p.school_year = $4)', [studentIds, schoolYear]);
  }

  totalsByPartnerIds(partnerIds: readonly string[], schoolYear: string | null): Promise<Map<string, number>> {
    return this.totals('partner_id', 'p.partner_id = ANY($3) AND ($4::text IS NULL OR p.school_year = $4)', [partnerIds, schoolYear]);
  }

  private async totals(key: 'student_id' | 'partner_id', where: string, params: unknown[]): Promise<Map<string, number>> {
    const rows: { key: string; total: string }[] = await this.dataSource.query(
      `SELECT ${key} AS key, sum(round(minutes / 60.0 * hourly_rate, 2)) AS total
       FROM (${this.periodsSql(where)}) periods GROUP BY ${key}`,
      [this.periods.anchor, this.periods.days, ...params],
    );
    return new Map(rows.map((r) => [r.key, Number(r.total)]));
  }

  private addDays(days: number): string {
    return new Date(Date.parse(`${this.periods.anchor}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  }
}
