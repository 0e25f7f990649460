import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import {
  Alert,
  Button,
  Card,
  CardContent,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Loading, Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { placeFailureWhere } from '../common/placeErrors';
import { FilterGroupEditor } from '../customer-search/filters/FilterGroupEditor';
import { filterProblems } from '../customer-search/filters/filterProblems';
import { type GroupDraft, startingDraft, toCustomerFilter } from '../customer-search/filters/filterTree';
import type { ApiError } from '../data-provider/errors';
import type { AutomationFieldsFragment, AutomationInput } from '../gql/graphql';
import type { ProblemMessage } from '../problems/problemText';
import { useProblemText } from '../problems/useProblemText';
import {
  ACTION_KINDS,
  ACTION_PARAMS,
  cleanParams,
  type Params,
  TRIGGER_KINDS,
  TRIGGER_PARAMS,
  withParam,
} from './automationParams';
import {
  AutomationQuery,
  AutomationsQuery,
  CreateAutomationMutation,
  UpdateAutomationMutation,
} from './documents';
import { ParamInput } from './ParamInput';

type TriggerKind = AutomationInput['trigger']['kind'];
type ActionKind = AutomationInput['actions'][number]['kind'];

interface Draft {
  name: string;
  trigger: { kind: TriggerKind; params: Params };
  filter: GroupDraft;
  actions: { kind: ActionKind; params: Params }[];
}

const fromAutomation = (a: AutomationFieldsFragment | undefined): Draft => ({
  name: a?.name ?? '',
  trigger: { kind: a?.trigger.kind ?? 'BIRTHDAY', params: (a?.trigger.params as Params) ?? {} },
  filter: startingDraft(a?.condition ?? null),
  actions: a?.actions.map((x) => ({ kind: x.kind, params: (x.params as Params) ?? {} })) ?? [
    { kind: 'GRANT_POINTS', params: {} },
  ],
});

/** Create (`/automations/create`) or edit (`/automations/:id`) an automation. */
export function AutomationForm() {
  const { id } = useParams();
  const { data, loading } = useQuery(AutomationQuery, { variables: { id: id ?? '' }, skip: !id });
  if (id && loading) return <Loading />;
  return <Editor key={data?.automation.id ?? 'new'} id={id} automation={data?.automation} />;
}

function Editor({ id, automation }: { id?: string; automation?: AutomationFieldsFragment }) {
  const translate = useTranslate();
  const text = useProblemText();
  const notify = useNotify();
  const redirect = useRedirect();
  const [draft, setDraft] = useState<Draft>(() => fromAutomation(automation));
  const [fields, setFields] = useState<Record<string, ProblemMessage>>({});
  const [general, setGeneral] = useState<ProblemMessage[]>([]);
  const [filterRefusals, setFilterRefusals] = useState<Record<string, ProblemMessage>>({});
  const [create] = useMutation(CreateAutomationMutation, { refetchQueries: [AutomationsQuery] });
  const [update] = useMutation(UpdateAutomationMutation, { refetchQueries: [AutomationsQuery] });
  const [busy, setBusy] = useState(false);
  const error = (name: string) => (fields[name] ? text(fields[name]) : undefined);

  const save = async () => {
    const { filter, places } = toCustomerFilter(draft.filter);
    const input: AutomationInput = {
      name: draft.name,
      trigger: {
        kind: draft.trigger.kind,
        params: cleanParams(TRIGGER_PARAMS[draft.trigger.kind], draft.trigger.params),
      },
      filter,
      actions: draft.actions.map((a) => ({
        kind: a.kind,
        params: cleanParams(ACTION_PARAMS[a.kind], a.params),
      })),
    };
    setBusy(true);
    try {
      if (id) await update({ variables: { id, input } });
      else await create({ variables: { input } });
      notify('patron.automations.saved', { type: 'success' });
      redirect('list', 'automations');
    } catch (failure) {
      // The filter's refusals go to its rows (paths under input.filter), the rest under their inputs.
      const errors = CombinedGraphQLErrors.is(failure) ? (failure.errors as readonly ApiError[]) : [];
      setFilterRefusals(filterProblems(errors.map(withoutInput), places));
      const inputs = inputNames(draft);
      const placed = placeFailureWhere(failure, (name) => name.startsWith('filter') || inputs.has(name));
      setFields(placed.fields);
      setGeneral(placed.general);
    } finally {
      setBusy(false);
    }
  };

  const setTrigger = (patch: Partial<Draft['trigger']>) =>
    setDraft({ ...draft, trigger: { ...draft.trigger, ...patch } });
  const setAction = (i: number, patch: Partial<Draft['actions'][number]>) =>
    setDraft({ ...draft, actions: draft.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  const filterText = Object.fromEntries(Object.entries(filterRefusals).map(([k, p]) => [k, text(p)]));

  return (
    <Card sx={{ mt: 2, maxWidth: 960 }}>
      <Title
        title={
          id
            ? translate('patron.automations.editTitle', { name: automation?.name ?? '' })
            : 'patron.automations.create'
        }
      />
      <CardContent>
        <Stack gap={2.5}>
          <TextField
            label={translate('patron.automations.name')}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            error={Boolean(error('name'))}
            helperText={error('name')}
            required
            size="small"
            slotProps={{ htmlInput: { 'data-testid': 'automation-name' } }}
          />
          <Section title="patron.automations.trigger">
            <Stack direction="row" gap={1.5} flexWrap="wrap">
              <TextField
                select
                size="small"
                fullWidth={false}
                label={translate('patron.automations.trigger')}
                value={draft.trigger.kind}
                onChange={(e) => setTrigger({ kind: e.target.value as TriggerKind, params: {} })}
                sx={{ minWidth: 240 }}
                slotProps={{ htmlInput: { 'data-testid': 'automation-trigger' } }}
              >
                {TRIGGER_KINDS.map((kind) => (
                  <MenuItem key={kind} value={kind}>
                    {translate(`patron.automations.triggers.${kind}`)}
                  </MenuItem>
                ))}
              </TextField>
              {TRIGGER_PARAMS[draft.trigger.kind].map((spec) => (
                <ParamInput
                  key={spec.name}
                  spec={spec}
                  value={draft.trigger.params[spec.name]}
                  error={error(`trigger.params.${spec.name}`)}
                  onChange={(value) =>
                    setTrigger({ params: { ...draft.trigger.params, [spec.name]: value } })
                  }
                  testId={`trigger-${spec.name}`}
                />
              ))}
            </Stack>
          </Section>
          <Section title="patron.automations.condition">
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('patron.automations.conditionHelp')}
            </Typography>
            <FilterGroupEditor
              root={draft.filter}
              group={draft.filter}
              problems={filterText}
              onChange={(filter) => setDraft({ ...draft, filter })}
            />
          </Section>
          <Section title="patron.automations.actions">
            <Stack gap={1.5}>
              {draft.actions.map((action, i) => (
                <Stack
                  // biome-ignore lint/suspicious/noArrayIndexKey: actions have no ids; their position is what the API names
                  key={i}
                  direction="row"
                  gap={1.5}
                  flexWrap="wrap"
                  alignItems="flex-start"
                  data-testid="automation-action"
                >
                  <TextField
                    select
                    size="small"
                    fullWidth={false}
                    label={translate('patron.automations.action')}
                    value={action.kind}
                    onChange={(e) => setAction(i, { kind: e.target.value as ActionKind, params: {} })}
                    sx={{ minWidth: 200 }}
                  >
                    {ACTION_KINDS.map((kind) => (
                      <MenuItem key={kind} value={kind}>
                        {translate(`patron.automations.kinds.${kind}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                  {ACTION_PARAMS[action.kind].map((spec) => (
                    <ParamInput
                      key={spec.name}
                      spec={spec}
                      value={action.params[spec.name]}
                      error={error(`actions.${i}.params.${spec.name}`)}
                      onChange={(value) =>
                        setAction(i, {
                          params: withParam(ACTION_PARAMS[action.kind], action.params, spec.name, value),
                        })
                      }
                      testId={`action-${i}-${spec.name}`}
                      siblings={action.params}
                    />
                  ))}
                  <Tooltip title={translate('patron.automations.removeAction')}>
                    <IconButton
                      onClick={() =>
                        setDraft({ ...draft, actions: draft.actions.filter((_a, j) => j !== i) })
                      }
                      aria-label={translate('patron.automations.removeAction')}
                    >
                      <DeleteOutline />
                    </IconButton>
                  </Tooltip>
                </Stack>
              ))}
              {error('actions') && <Alert severity="error">{error('actions')}</Alert>}
              <div>
                <Button
                  startIcon={<Add />}
                  onClick={() =>
                    setDraft({ ...draft, actions: [...draft.actions, { kind: 'ADD_TAG', params: {} }] })
                  }
                >
                  {translate('patron.automations.addAction')}
                </Button>
              </div>
            </Stack>
          </Section>
          {general.map((p) => (
            <Alert key={p.code ?? p.message} severity="error" data-testid="automation-problem">
              {text(p)}
            </Alert>
          ))}
          <Stack direction="row" justifyContent="flex-end" gap={1}>
            <Button href="#/automations">{translate('ra.action.cancel')}</Button>
            <Button
              variant="contained"
              onClick={() => void save()}
              disabled={busy}
              data-testid="automation-save"
            >
              {translate('ra.action.save')}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}

/** The names of the form's inputs, as the API's paths name them (without `input`). */
function inputNames(draft: Draft): Set<string> {
  return new Set([
    'name',
    'actions',
    ...TRIGGER_PARAMS[draft.trigger.kind].map((p) => `trigger.params.${p.name}`),
    ...draft.actions.flatMap((a, i) => ACTION_PARAMS[a.kind].map((p) => `actions.${i}.params.${p.name}`)),
  ]);
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" sx={{ mb: 1.5 }}>
        {translate(title)}
      </Typography>
      {children}
    </Paper>
  );
}

/** The API names the filter under input.filter; the builder's problem placement reads paths from filter. */
function withoutInput(error: ApiError): ApiError {
  const fields = error.extensions?.fields;
  if (!Array.isArray(fields)) return error;
  return {
    ...error,
    extensions: {
      ...error.extensions,
      fields: fields.map((f: { path?: unknown[] }) =>
        Array.isArray(f.path) && f.path[0] === 'input' ? { ...f, path: f.path.slice(1) } : f,
      ),
    },
  };
}
