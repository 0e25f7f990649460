import Block from '@mui/icons-material/Block';
import Key from '@mui/icons-material/Key';
import ManageAccounts from '@mui/icons-material/ManageAccounts';
import PhonelinkErase from '@mui/icons-material/PhonelinkErase';
import Replay from '@mui/icons-material/Replay';
import Storefront from '@mui/icons-material/Storefront';
import { DialogContent, IconButton, MenuItem, TextField, Tooltip } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { Confirm, useLocale, useNotify, useRefresh, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useBranches } from '../branches/useBranches';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import type { StaffFieldsFragment } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { useProblemText } from '../problems/useProblemText';
import { useRoleChoices } from '../roles/useRoleNames';
import {
  ChangeStaffRoleMutation,
  DeactivateStaffMutation,
  ReactivateStaffMutation,
  ResetStaffTwoFactorMutation,
  SetStaffBranchMutation,
  SetTemporaryPasswordMutation,
} from './documents';
import { usePasswordHelp } from './passwordHelp';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };

type Dialog = 'role' | 'branch' | 'password' | 'twoFactor' | 'status' | null;

/**
 * A staff member's actions in the list: change role, reset password, reset two-factor sign-in (a lost
 * phone), deactivate or reactivate.
 */
export function StaffActions({ member }: { member: StaffFieldsFragment }) {
  const translate = useTranslate();
  const [open, setOpen] = useState<Dialog>(null);
  const close = () => setOpen(null);
  const stop = (e: { stopPropagation(): void }) => e.stopPropagation();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only keeps the row's click from firing.
    <span onClick={stop} onKeyDown={stop} style={{ whiteSpace: 'nowrap' }}>
      <Tooltip title={translate('patron.staffAdmin.changeRole')}>
        <IconButton size="small" onClick={() => setOpen('role')} data-testid="staff-change-role">
          <ManageAccounts fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={translate('patron.staffAdmin.changeBranch')}>
        <IconButton size="small" onClick={() => setOpen('branch')} data-testid="staff-change-branch">
          <Storefront fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={translate('patron.staffAdmin.resetPassword')}>
        <IconButton size="small" onClick={() => setOpen('password')} data-testid="staff-reset-password">
          <Key fontSize="small" />
        </IconButton>
      </Tooltip>
      {member.twoFactorEnabled && (
        <Tooltip title={translate('patron.staffAdmin.resetTwoFactor')}>
          <IconButton size="small" onClick={() => setOpen('twoFactor')} data-testid="staff-reset-two-factor">
            <PhonelinkErase fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      <Tooltip
        title={translate(member.active ? 'patron.staffAdmin.deactivate' : 'patron.staffAdmin.reactivate')}
      >
        <IconButton size="small" onClick={() => setOpen('status')} data-testid="staff-toggle-active">
          {member.active ? <Block fontSize="small" /> : <Replay fontSize="small" />}
        </IconButton>
      </Tooltip>
      {open === 'role' && <ChangeRoleDialog member={member} onClose={close} />}
      {open === 'branch' && <ChangeBranchDialog member={member} onClose={close} />}
      {open === 'password' && <ResetPasswordDialog member={member} onClose={close} />}
      {open === 'twoFactor' && <ResetTwoFactorConfirm member={member} onClose={close} />}
      {open === 'status' && <StatusConfirm member={member} onClose={close} />}
    </span>
  );
}

function ChangeRoleDialog({ member, onClose }: { member: StaffFieldsFragment; onClose(): void }) {
  const translate = useTranslate();
  const text = useProblemText();
  const notify = useNotify();
  const refresh = useRefresh();
  const roles = useRoleChoices();
  const [role, setRole] = useState(member.role);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await apollo.mutate({ mutation: ChangeStaffRoleMutation, variables: { id: member.id, role } });
      notify('patron.staffAdmin.roleChanged', { type: 'info' });
      refresh();
      onClose();
    } catch (error) {
      setErrors(placeFailure(error, ['role']));
    } finally {
      setSaving(false);
    }
  };
  return (
    <FormDialog open title="patron.staffAdmin.changeRole" testId="staff-role" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <DialogContent>
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate('patron.staffAdmin.roleOf', { name: member.name })}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={Boolean(errors.fields.role)}
            helperText={errors.fields.role ? text(errors.fields.role) : undefined}
            slotProps={{ select: { 'data-testid': 'staff-role-choice' } as object }}
          >
            {roles.map((r) => (
              <MenuItem key={r.id} value={r.id} data-testid={`role-${r.id}`}>
                {r.name}
              </MenuItem>
            ))}
          </TextField>
          <GeneralErrors messages={errors.general} testId="staff-role" />
        </DialogContent>
        <FormDialogActions
          testId="staff-role"
          submitLabel="ra.action.save"
          disabled={saving || role === member.role}
          onClose={onClose}
        />
      </form>
    </FormDialog>
  );
}

/** The branch they record purchases at (and only there), or any branch. */
function ChangeBranchDialog({ member, onClose }: { member: StaffFieldsFragment; onClose(): void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useProblemText();
  const notify = useNotify();
  const refresh = useRefresh();
  const { branches } = useBranches();
  const current = member.branch?.id ?? '';
  const [branchId, setBranchId] = useState(current);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await apollo.mutate({
        mutation: SetStaffBranchMutation,
        variables: { id: member.id, branchId: branchId || null },
      });
      notify('patron.staffAdmin.branchChanged', { type: 'info' });
      refresh();
      onClose();
    } catch (error) {
      setErrors(placeFailure(error, ['branchId']));
    } finally {
      setSaving(false);
    }
  };
  // Their branch stays offered when it has since been deactivated, so the select shows it.
  const choices =
    member.branch && !branches.some((b) => b.id === member.branch?.id)
      ? [...branches, member.branch]
      : branches;
  return (
    <FormDialog open title="patron.staffAdmin.changeBranch" testId="staff-branch" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <DialogContent>
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate('patron.staffAdmin.branchOf', { name: member.name })}
            value={branchId}
            onChange={(e) => setBranchId(e.target.value)}
            error={Boolean(errors.fields.branchId)}
            helperText={
              errors.fields.branchId
                ? text(errors.fields.branchId)
                : translate('patron.staffAdmin.branchHelp')
            }
            slotProps={{ select: { displayEmpty: true, 'data-testid': 'staff-branch-choice' } as object }}
          >
            <MenuItem value="" data-testid="branch-option-none">
              {translate('patron.branches.any')}
            </MenuItem>
            {choices.map((b) => (
              <MenuItem key={b.id} value={b.id} data-testid={`branch-option-${b.code}`}>
                {localized(b.name, locale, b.code)}
              </MenuItem>
            ))}
          </TextField>
          <GeneralErrors messages={errors.general} testId="staff-branch" />
        </DialogContent>
        <FormDialogActions
          testId="staff-branch"
          submitLabel="ra.action.save"
          disabled={saving || branchId === current}
          onClose={onClose}
        />
      </form>
    </FormDialog>
  );
}

function ResetPasswordDialog({ member, onClose }: { member: StaffFieldsFragment; onClose(): void }) {
  const translate = useTranslate();
  const passwordHelp = usePasswordHelp();
  const text = useProblemText();
  const notify = useNotify();
  const refresh = useRefresh();
  const [password, setPassword] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await apollo.mutate({ mutation: SetTemporaryPasswordMutation, variables: { id: member.id, password } });
      notify('patron.staffAdmin.passwordReset', { type: 'info' });
      refresh();
      onClose();
    } catch (error) {
      setErrors(placeFailure(error, ['password']));
    } finally {
      setSaving(false);
    }
  };
  return (
    <FormDialog open title="patron.staffAdmin.resetPassword" testId="staff-password" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <DialogContent>
          <p>{translate('patron.staffAdmin.resetHelp', { name: member.name })}</p>
          <TextField
            type="text"
            fullWidth
            margin="dense"
            autoComplete="off"
            label={translate('patron.staffAdmin.temporaryPassword')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={Boolean(errors.fields.password)}
            helperText={errors.fields.password ? text(errors.fields.password) : passwordHelp}
            slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'staff-temporary-password' } }}
          />
          <GeneralErrors messages={errors.general} testId="staff-password" />
        </DialogContent>
        <FormDialogActions
          testId="staff-password"
          submitLabel="patron.staffAdmin.resetPassword"
          color="warning"
          disabled={saving || password.length < 10}
          onClose={onClose}
        />
      </form>
    </FormDialog>
  );
}

function StatusConfirm({ member, onClose }: { member: StaffFieldsFragment; onClose(): void }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const refused = useNotifyRefusal();
  const [saving, setSaving] = useState(false);
  const confirm = async () => {
    setSaving(true);
    try {
      await apollo.mutate({
        mutation: member.active ? DeactivateStaffMutation : ReactivateStaffMutation,
        variables: { id: member.id },
      });
      notify(member.active ? 'patron.staffAdmin.deactivated' : 'patron.staffAdmin.reactivated', {
        type: 'info',
      });
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setSaving(false);
      onClose();
    }
  };
  return (
    <Confirm
      isOpen
      loading={saving}
      title={member.active ? 'patron.staffAdmin.deactivateTitle' : 'patron.staffAdmin.reactivateTitle'}
      content={member.active ? 'patron.staffAdmin.deactivateConfirm' : 'patron.staffAdmin.reactivateConfirm'}
      translateOptions={{ name: member.name }}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}

function ResetTwoFactorConfirm({ member, onClose }: { member: StaffFieldsFragment; onClose(): void }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const refused = useNotifyRefusal();
  const [saving, setSaving] = useState(false);
  const confirm = async () => {
    setSaving(true);
    try {
      await apollo.mutate({ mutation: ResetStaffTwoFactorMutation, variables: { id: member.id } });
      notify('patron.staffAdmin.twoFactorReset', { type: 'info' });
      refresh();
    } catch (error) {
      refused(error);
    } finally {
      setSaving(false);
      onClose();
    }
  };
  return (
    <Confirm
      isOpen
      loading={saving}
      title="patron.staffAdmin.resetTwoFactorTitle"
      content="patron.staffAdmin.resetTwoFactorConfirm"
      translateOptions={{ name: member.name }}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
