import Bookmarks from '@mui/icons-material/Bookmarks';
import { Box, Drawer } from '@mui/material';
import { useState } from 'react';
import { Button } from 'react-admin';
import { SegmentsSidebar } from './SegmentsSidebar';

/** On narrow screens the segments live in a drawer, opened from the list's toolbar. */
export function SegmentsDrawerButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        label="patron.segments.title"
        onClick={() => setOpen(true)}
        data-testid="segments-drawer-button"
      >
        <Bookmarks />
      </Button>
      {/* MUI puts a "left" drawer on the right in right-to-left: the start side either way. */}
      <Drawer anchor="left" open={open} onClose={() => setOpen(false)}>
        <Box sx={{ width: 280 }}>
          <SegmentsSidebar onOpened={() => setOpen(false)} />
        </Box>
      </Drawer>
    </>
  );
}
