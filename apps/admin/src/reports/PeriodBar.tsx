import FileDownload from '@mui/icons-material/FileDownload';
import {
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  MenuItem,
  Switch,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportGranularity } from '../gql/graphql';
import { CalendarDatePicker } from '../preferences/CalendarDatePicker';
import {
  addDays,
  type DashboardChoice,
  type DayPeriod,
  granularityAllowed,
  type PeriodChoice,
  PRESETS,
} from './period';

const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as ReportGranularity[];

export interface PeriodBarProps {
  choice: DashboardChoice;
  /** The period's days and granularity in force; null while a custom period is not picked. */
  resolved: { days: DayPeriod; granularity: ReportGranularity } | null;
  onChange(choice: DashboardChoice): void;
  /** Absent when the staff member may not export. */
  onExport?: () => void;
  exporting: boolean;
}

/** The period (a preset or two days), the buckets, the comparison and the export, above the figures. */
export function PeriodBar({ choice, resolved, onChange, onExport, exporting }: PeriodBarProps) {
  const translate = useTranslate();
  const pick = (period: PeriodChoice) =>
    onChange(
      period === 'custom' && resolved
        ? // A custom period starts from the days shown, so it is only adjusted.
          { period, from: resolved.days.from, until: lastDay(resolved.days), compare: choice.compare }
        : { period, compare: choice.compare },
    );
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, pb: '16px !important' }}
      >
        <TextField
          select
          size="small"
          label={translate('patron.dashboard.period')}
          value={choice.period}
          onChange={(e) => pick(e.target.value as PeriodChoice)}
          fullWidth={false}
          variant="outlined"
          sx={{ width: 230 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'dashboard-period' } as object } }}
        >
          {[...PRESETS, 'custom' as const].map((p) => (
            <MenuItem key={p} value={p} data-testid={`dashboard-period-${p}`}>
              {translate(`patron.dashboard.presets.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        {choice.period === 'custom' && (
          <>
            <Box sx={{ width: 180 }}>
              <CalendarDatePicker
                label={translate('patron.dashboard.from')}
                value={choice.from ?? null}
                onChange={(from) => onChange({ ...choice, from: from ?? undefined })}
                variant="outlined"
                testId="dashboard-from"
              />
            </Box>
            <Box sx={{ width: 180 }}>
              <CalendarDatePicker
                label={translate('patron.dashboard.until')}
                value={choice.until ?? null}
                onChange={(until) => onChange({ ...choice, until: until ?? undefined })}
                variant="outlined"
                testId="dashboard-until"
              />
            </Box>
          </>
        )}
        <ToggleButtonGroup
          size="small"
          exclusive
          value={resolved?.granularity ?? null}
          onChange={(_e, granularity: ReportGranularity | null) => {
            if (granularity) onChange({ ...choice, granularity });
          }}
          aria-label={translate('patron.dashboard.granularity')}
          data-testid="dashboard-granularity"
        >
          {GRANULARITIES.map((g) => {
            const allowed = !resolved || granularityAllowed(g, resolved.days);
            const button = (
              <ToggleButton
                key={g}
                value={g}
                disabled={!allowed}
                data-testid={`dashboard-granularity-${g}`}
                sx={{ px: 1.5 }}
              >
                {translate(`patron.dashboard.granularities.${g}`)}
              </ToggleButton>
            );
            // A disabled button gets no pointer events: the tooltip needs a box around it.
            return allowed ? (
              button
            ) : (
              <Tooltip key={g} title={translate('patron.dashboard.dayTooLong')}>
                <span>{button}</span>
              </Tooltip>
            );
          })}
        </ToggleButtonGroup>
        <FormControlLabel
          control={
            <Switch
              checked={choice.compare}
              onChange={(e) => onChange({ ...choice, compare: e.target.checked })}
              slotProps={{ input: { 'data-testid': 'dashboard-compare' } as object }}
            />
          }
          label={translate('patron.dashboard.compare')}
        />
        {onExport && (
          <Button
            variant="outlined"
            startIcon={<FileDownload />}
            onClick={onExport}
            disabled={exporting || !resolved}
            sx={{ marginInlineStart: 'auto' }}
            data-testid="dashboard-export"
          >
            {translate(exporting ? 'patron.dashboard.exporting' : 'patron.dashboard.export')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

/** A period's last day (its `to` is the day after). */
export const lastDay = (days: DayPeriod): string => addDays(days.to, -1);
