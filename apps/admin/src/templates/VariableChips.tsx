import { useQuery } from '@apollo/client/react';
import { Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TemplateVariablesQuery } from './documents';
import { useInsertVariable } from './insertVariable';

/** The variables a template may use; a click writes one where the caret was in this language's tab. */
export function VariableChips({ fallback }: { fallback: string }) {
  const translate = useTranslate();
  const { data } = useQuery(TemplateVariablesQuery);
  const insert = useInsertVariable(fallback);
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('patron.templates.variablesHelp')}{' '}
        {/* Liquid is written left to right, whatever the language around it. */}
        <code dir="ltr" style={{ unicodeBidi: 'isolate', whiteSpace: 'nowrap' }}>
          {translate('patron.templates.variablesExample')}
        </code>
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
        {(data?.templateVariables ?? []).map((v) => (
          <Chip
            key={v}
            size="small"
            variant="outlined"
            label={<bdi dir="ltr">{v}</bdi>}
            title={translate(`patron.templates.variable.${v.split('.')[0]}`, { _: v })}
            onClick={() => insert(v)}
            data-testid={`variable-${v}`}
            sx={{ fontFamily: 'monospace' }}
          />
        ))}
      </Box>
    </Box>
  );
}
