// Tells screen reader users what just happened (a question saved, moved, the score) through one polite live
// region (LiveAnnouncer in app.vue), for changes that do not move the focus.
export function useAnnouncer() {
  const message = useState('announcement', () => '');
  const tick = useState('announcement-tick', () => 0);

  function announce(text: string): void {
    // Clearing first makes the same sentence twice in a row be read twice.
    message.value = '';
    tick.value += 1;
    const mine = tick.value;
    setTimeout(() => {
      if (tick.value === mine) message.value = text;
    }, 50);
  }

  return { message, announce };
}
