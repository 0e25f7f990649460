import { DeleteWithConfirmButton, type DeleteWithConfirmButtonProps } from 'react-admin';
import { useRecordName } from './LocalizedEditTitle';

/** Delete, asking "Удалить Уровень «Золото»?" by the record's name in the language, not its key (gold). */
export function LocalizedDeleteButton(props: DeleteWithConfirmButtonProps) {
  const name = useRecordName();
  return (
    <DeleteWithConfirmButton
      mutationMode="pessimistic"
      titleTranslateOptions={{ recordRepresentation: name }}
      {...props}
    />
  );
}
