import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormHelperText,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { GeneralErrors } from '../common/FormDialog';
import { placeFailure } from '../common/placeErrors';
import { localized } from '../i18n/localized';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import {
  ConfigureImportMutation,
  ImportTargetsQuery,
  ImportTemplatesQuery,
  SaveImportTemplateMutation,
} from './documents';
import {
  columnsInput,
  type Import,
  type ImportMatchOn,
  type ImportMode,
  MATCH_ON,
  type Mapping,
  MODES,
  mappingOf,
  takenTargets,
} from './importModel';
import { TargetSelect } from './TargetSelect';
import { TemplateBar } from './TemplateBar';

interface Props {
  imp: Import;
  /** The import as the server now has it (a template applied, the mapping saved). */
  onChanged(imp: Import): void;
  onBack(): void;
  /** The mapping is saved on the server; the preview comes next. */
  onConfigured(imp: Import): void;
}

interface Choices {
  mapping: Mapping;
  mode: ImportMode;
  matchOn: ImportMatchOn;
  applyEarningRules: boolean;
  attachDuplicates: boolean;
}

const choicesOf = (imp: Import): Choices => ({
  mapping: mappingOf(imp.columns),
  mode: imp.mode,
  matchOn: imp.matchOn,
  applyEarningRules: imp.applyEarningRules,
  attachDuplicates: imp.attachDuplicates,
});

/** Step 2: where each column goes (by hand or from a saved template), what to do, how to find customers. */
export function MappingStep({ imp, onChanged, onBack, onConfigured }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const text = useProblemText();
  const targets = useQuery(ImportTargetsQuery, { variables: { kind: imp.kind } });
  const { groups } = useAttributeRegistry();
  const groupName = (key: string) => {
    const group = groups.find((g) => g.key === key);
    return group
      ? localized(group.label, locale, key)
      : translate(`patron.imports.groups.${key}`, { _: key });
  };
  const [choices, setChoices] = useState<Choices>(() => choicesOf(imp));
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [fields, setFields] = useState<Record<string, ProblemMessage>>({});
  const customers = imp.kind === 'CUSTOMERS';
  const purchases = imp.kind === 'PURCHASES';
  const nothingMapped = Object.values(choices.mapping).every((t) => !t);

  /** configureImport with what the screen shows, or a template; the answer becomes the screen's state. */
  const configure = async (input: Record<string, unknown>): Promise<Import | null> => {
    setBusy(true);
    setGeneral([]);
    setFields({});
    try {
      const { data } = await apollo.mutate({
        mutation: ConfigureImportMutation,
        variables: { input: { id: imp.id, ...input } as never },
      });
      if (!data) return null;
      onChanged(data.configureImport);
      setChoices(choicesOf(data.configureImport));
      return data.configureImport;
    } catch (error) {
      const placed = placeFailure(error, ['mode', 'matchOn']);
      setGeneral(placed.general);
      setFields(placed.fields);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const current = () => ({
    columns: columnsInput(imp.columns, choices.mapping),
    mode: choices.mode,
    matchOn: choices.matchOn,
    ...(customers ? { attachDuplicates: choices.attachDuplicates } : {}),
    ...(purchases ? { applyEarningRules: choices.applyEarningRules } : {}),
  });

  const saveTemplate = async (name: string) => {
    if (!(await configure(current()))) return;
    try {
      await apollo.mutate({
        mutation: SaveImportTemplateMutation,
        variables: { input: { importId: imp.id, name } },
        refetchQueries: [ImportTemplatesQuery],
      });
      notify('patron.imports.mapping.templateSaved', { type: 'info' });
    } catch (error) {
      setGeneral(placeFailure(error, []).general);
    }
  };
  const next = async () => {
    const configured = await configure(current());
    if (configured) onConfigured(configured);
  };

  const setTarget = (column: number, target: string | null) =>
    setChoices((c) => ({ ...c, mapping: { ...c.mapping, [column]: target } }));

  return (
    <Stack gap={2} data-testid="import-mapping">
      <TemplateBar
        kind={imp.kind}
        busy={busy}
        onApply={async (templateId) => {
          await configure({ templateId });
        }}
        onSave={saveTemplate}
      />
      {targets.loading && <LinearProgress />}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="import-columns">
          <TableHead>
            <TableRow>
              <TableCell>{translate('patron.imports.mapping.column')}</TableCell>
              <TableCell>{translate('patron.imports.mapping.samples')}</TableCell>
              <TableCell sx={{ width: 300 }}>{translate('patron.imports.mapping.target')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {imp.columns.map((c) => (
              <TableRow
                key={c.index}
                data-testid={`import-column-${c.index}`}
                data-target={choices.mapping[c.index] ?? ''}
              >
                <TableCell>
                  <bdi>{c.header}</bdi>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', maxWidth: 320 }}>
                  {c.samples.map((s, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: samples are a fixed list; one value may repeat.
                    <Typography key={i} variant="caption" component="div" noWrap dir="auto">
                      {/* A value without letters (-30, 2024-01-05) reads left to right, in Persian too. */}
                      {/\p{L}/u.test(s) ? s : <bdi dir="ltr">{s}</bdi>}
                    </Typography>
                  ))}
                </TableCell>
                <TableCell>
                  <TargetSelect
                    column={c.index}
                    header={c.header}
                    value={choices.mapping[c.index] ?? null}
                    targets={targets.data?.importTargets ?? []}
                    taken={takenTargets(choices.mapping, c.index)}
                    groupName={groupName}
                    onChange={(target) => setTarget(c.index, target)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Stack direction="row" gap={2} flexWrap="wrap" alignItems="flex-start">
        {customers && (
          <TextField
            select
            size="small"
            label={translate('patron.imports.mapping.mode')}
            value={choices.mode}
            onChange={(e) => setChoices((c) => ({ ...c, mode: e.target.value as ImportMode }))}
            error={Boolean(fields.mode)}
            helperText={fields.mode ? text(fields.mode) : undefined}
            sx={{ width: 400, maxWidth: '100%' }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'import-mode' } as object } }}
          >
            {MODES.map((m) => (
              <MenuItem key={m} value={m} data-testid={`import-mode-${m}`}>
                {translate(`patron.imports.modes.${m}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          select
          size="small"
          fullWidth={false}
          label={translate('patron.imports.mapping.matchOn')}
          value={choices.matchOn}
          onChange={(e) => setChoices((c) => ({ ...c, matchOn: e.target.value as ImportMatchOn }))}
          error={Boolean(fields.matchOn)}
          helperText={fields.matchOn ? text(fields.matchOn) : undefined}
          sx={{ width: 280, maxWidth: '100%' }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'import-match-on' } as object } }}
        >
          {MATCH_ON.map((m) => (
            <MenuItem key={m} value={m} data-testid={`import-match-on-${m}`}>
              {translate(`patron.imports.matchOnValues.${m}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {customers && (
        <Box>
          <FormControlLabel
            control={
              <Checkbox
                checked={choices.attachDuplicates}
                onChange={(e) => setChoices((c) => ({ ...c, attachDuplicates: e.target.checked }))}
                slotProps={{ input: { 'data-testid': 'import-attach-duplicates' } as object }}
              />
            }
            label={translate('patron.imports.mapping.attachDuplicates')}
          />
          <FormHelperText sx={{ mt: 0 }}>
            {translate('patron.imports.mapping.attachDuplicatesHint')}
          </FormHelperText>
        </Box>
      )}
      {imp.kind === 'OPERATIONS' && (
        <FormHelperText data-testid="import-operation-columns-hint" sx={{ maxWidth: 900 }}>
          {translate('patron.imports.mapping.operationColumnsHint')}
        </FormHelperText>
      )}
      {purchases && (
        <Box>
          <FormControlLabel
            control={
              <Checkbox
                checked={choices.applyEarningRules}
                onChange={(e) => setChoices((c) => ({ ...c, applyEarningRules: e.target.checked }))}
                slotProps={{ input: { 'data-testid': 'import-earning-rules' } as object }}
              />
            }
            label={translate('patron.imports.mapping.applyEarningRules')}
          />
          <FormHelperText sx={{ mt: 0 }}>
            {translate('patron.imports.mapping.earningRulesHint')}
          </FormHelperText>
          <FormHelperText data-testid="import-purchase-columns-hint">
            {translate('patron.imports.mapping.purchaseColumnsHint')}
          </FormHelperText>
        </Box>
      )}
      <GeneralErrors messages={general} testId="import-mapping" />
      {nothingMapped && <Alert severity="info">{translate('patron.imports.mapping.nothingMapped')}</Alert>}
      <Stack direction="row" gap={1}>
        <Button onClick={onBack} disabled={busy} data-testid="import-mapping-back">
          {translate('patron.imports.mapping.back')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void next()}
          disabled={busy || nothingMapped}
          data-testid="import-to-preview"
        >
          {translate('patron.imports.mapping.preview')}
        </Button>
      </Stack>
    </Stack>
  );
}
