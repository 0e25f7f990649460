import MoreVert from '@mui/icons-material/MoreVert';
import { IconButton, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import type { Segment } from './useSegments';

interface Props {
  segment: Segment;
  /** The list's query was edited from this segment: it can be saved back. */
  edited: boolean;
  onRename(): void;
  onSaveQuery(): void;
  onDelete(): Promise<void>;
}

/** What the owner (or an admin) may do with a segment: rename, save the edited query into it, delete. */
export function SegmentMenu({ segment, edited, onRename, onSaveQuery, onDelete }: Props) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [confirming, setConfirming] = useState(false);
  const close = () => setAnchor(null);
  return (
    <>
      <IconButton
        size="small"
        edge="end"
        aria-label={translate('patron.segments.actions')}
        onClick={(e) => {
          e.stopPropagation();
          setAnchor(e.currentTarget);
        }}
        data-testid={`segment-menu-${segment.name}`}
      >
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        <MenuItem
          onClick={() => {
            close();
            onRename();
          }}
          data-testid="segment-rename"
        >
          {translate('patron.segments.rename')}
        </MenuItem>
        <MenuItem
          disabled={!edited}
          onClick={() => {
            close();
            onSaveQuery();
          }}
          data-testid="segment-save-query"
        >
          {translate('patron.segments.saveQuery')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            setConfirming(true);
          }}
          data-testid="segment-delete"
        >
          {translate('ra.action.delete')}
        </MenuItem>
      </Menu>
      <Confirm
        isOpen={confirming}
        title="patron.segments.deleteTitle"
        content="patron.segments.deleteContent"
        translateOptions={{ name: segment.name }}
        onConfirm={async () => {
          setConfirming(false);
          await onDelete();
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
