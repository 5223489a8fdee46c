import { describe, expect, it } from 'vitest';
import { findHits } from '../index.ts';
import { isMaskedObscene, isObsceneWord } from './obscene.ts';

const strongRules = (text: string) => findHits(text).filter((h) => h.severity !== 'low').map((h) => h.rule);
const allRules = (text: string) => findHits(text).map((h) => h.rule);

describe('detectors', () => {
  it.each([
    ['contact-phone', 'Мой новый номер: +7 916 482-15-30.'],
    ['contact-phone', 'Звони 8 (926) 154-33-21 после обеда.'],
    ['contact-email', 'Пиши на lena.sokolova84@mail.ru, она ждёт.'],
    ['contact-handle', 'В телеграме я теперь @dasha_clay.'],
    ['contact-url', 'Всё есть на сайте nauka-help.ru.'],
    ['contact-address', 'Ему можно написать: г. Пущино, ул. Лесная, д. 8, кв. 41.'],
    ['latin-phrase', 'Stay strong, I miss you so much.'],
    ['latin-phrase', 'Per aspera ad astra, как Вы говорили.'],
    ['translit', 'Ya tebya ochen lyublyu.'],
    ['ukrainian', 'Тримайся, ми всі з тобою.'],
    ['ukrainian', 'Обіймаю міцно.'],
    ['number-sequence', 'Запомни: 4-8-2-6-1.'],
    ['number-sequence', 'А 12-16-20 — это «кот».'],
    ['spelled-number', 'Запиши номер: восемь девятьсот пятнадцать, триста сорок, двенадцать, ноль семь.'],
    ['cipher-text', 'Жзуйлфя, фнсус целжлпфв, фнсус!'],
    ['unexplained-abbreviation', 'ЖДМ ТБ В ПТ.'],
    ['bare-initials', 'Н. П. просил передать привет.'],
    ['bare-initials', 'Про Г. ничего не слышно, а С. сказал, что вопрос закрыт.'],
    ['contact-handle', 'В инсте я теперь marina_ceramics.'],
    ['latin-word', 'Kisses, твоя Аня.'],
    ['latin-phrase', 'Vielen Dank за твоё письмо.'],
    ['ukrainian', 'Бувай, Тарас.'],
    ['mat-masked', 'Какой-то х*р наступил мне на ногу.'],
    ['mat', 'На работе полный пиздец.'],
    ['mat', 'Хyй они тебя сломают.'],
    ['mat', 'Эти с у к и в погонах.'],
    ['mat-masked', 'Держись, бл*, ты нам нужен.'],
    ['mat-masked', 'Всё х**во, но держимся.'],
    ['contact-address', 'Напиши ей: Екатеринбург, ул. Малышева, 12–34.'],
    ['foreign-word', 'Deadline по книге опять перенесли.'],
    ['foreign-word', 'На работе сплошной overtime.'],
    ['latin-phrase', 'Дочитал «Brave New World», очень мрачно.'],
    ['translit', 'Slava Ukraini, брат.'],
    ['translit', 'Derzhis brat, мы с тобой.'],
    ['translit', 'Blyat, как же я скучаю.'],
    ['mat', 'Blyat, как же я скучаю.'],
    ['mat', 'Pizdec какая зима.'],
    ['mat-masked', 'Какая ё*аная погода.'],
    ['cipher-text', 'Разгадай: Б В Г Д М Л Ю.'],
    ['cipher-text', 'Помнишь наше: юлбюл ябет.'],
    ['placeholder', 'Мы живём в городе {city}.'],
    ['other-language', 'Ассаламу алейкум, дорогой!'],
    ['other-language', 'Огълум, сагъ ол.'],
    ['other-language', 'Хьо дика вуй, кIант?'],
    ['other-language', 'Жаным, держись.'],
    ['other-language', 'Дзякуй, сябры!'],
    ['chess-notation', 'Мой ход: e2-e4.'],
    ['chess-notation', 'Отвечаю 1. e4 e5 2. Кf3.'],
    ['mat-masked', 'Ну и х.й с ними.'],
    ['mat-masked', 'Всё б..ть не так.'],
    ['mat-masked', 'Какой *уй это придумал.'],
    ['mat', 'Просто e6aть как холодно.'],
    ['translit', 'Privet, Andrei!'],
    ['translit', 'Ya zhivu v Berline.'],
    ['other-script', 'Всего доброго! 頑張ってください。'],
    ['other-script', 'Шалом, שלום!'],
    ['latin-phrase', 'Herzliche Grüße, Sabine'],
    ['latin-word', 'Tomek'],
    ['placeholder', 'Расскажу о себе: {aboutMe}'],
    ['ukrainian', 'Трымайся, браце, мы з табой.'],
    // A name signed in Latin letters; Tatar, Yiddish, Belarusian, Georgian words; Serbian letters.
    ['latin-word', 'Целую, твоя Anna.'],
    ['other-language', 'Ну всё, сау бул, туганым.'],
    ['other-language', 'Бабушка всегда говорила: зай гезунт.'],
    ['other-language', 'Передаём вам бел-чырвона-белы сцяг.'],
    ['other-language', 'Соседка зовёт: «гогона, моди!»'],
    ['other-language', 'Дочка уже говорит «љубав».'],
    ['mat-masked', 'Совсем оху..ли эти чиновники.'],
    ['chess-notation', 'Мой ответ: слон пошёл на c4.'],
    ['chess-notation', 'Ферзь бьёт h7, готовься.'],
    ['chess-notation', 'Пешка с e2 на e4, как всегда.'],
  ])('%s finds «%s»', (rule, text) => {
    expect(strongRules(text)).toContain(rule);
  });

  it.each([
    'P.S. Кружку я храню.',
    'Подъезд покрасили, объявление съели дожди.',
    'Вы так добры, и дела у нас идут.',
    'Слава Аллаху, все живы.',
    'Формат A4, лист 210 на 297.',
    'Т.е. всё хорошо, г.Москва, ул.Ленина.',
    'Статья выйдет на страницах 112–127.',
    'Письмо я отправила 14.03.2024 в 10:30.',
    'Сдала ЕГЭ на 92 балла и сходила в МФЦ.',
    'С уважением, И. П.',
    'Т. е. всё хорошо, а Иванов И. сказал, что придёт.',
    'Смотрели «Гарри Поттера», Harry Potter там подрос.',
    'Купила новый iPhone.',
    'Мой адрес: ул. Лесная, д. 8, кв. 41 — пиши туда.',
    'Мой адрес для ответа: Петрова Мария Ивановна, 443001, г. Самара, ул. Ленина, д. 5, кв. 12',
    'Мой обратный адрес: Сидоров Константин Павлович, 620014, г. Екатеринбург, ул. Малышева, д. 12, кв. 40',
    'ДЕРЖИСЬ ТАМ, БРАТ!',
    'Сынок, здравствуй!',
    'Мой милый, здравствуй!',
    'В 2019, 2020 и 2021 годах мы ездили на море.',
    'Коллектив КБ и ребята из НИИ передают привет, а дочка ходит в ТЮЗ.',
    'Сын слушает музыку на youtube целыми днями.',
    'Статья выйдет в томе 3, страницы 12–34.',
    'На работе новое ТЗ на сорок страниц.',
    'Возьми А. С. Пушкина и прочти вслух.',
    'Шалаш у реки мы так и не достроили.',
    'Купила кроссовки Nike на распродаже.',
    'Я сейчас живу в Ёбурге, тут красиво.',
    'Любая из нас могла бы оказаться там.',
    'Конь ходит буквой «г», внук уже знает.',
  ])('leaves «%s» without strong findings', (text) => {
    expect(strongRules(text)).toEqual([]);
  });

  it('calls a single Latin brand name a hint', () => {
    expect(findHits('Купила новый iPhone.')).toMatchObject([{ rule: 'latin-word', severity: 'low' }]);
  });

  it('calls capitals a hint', () => {
    expect(allRules('ЭТО ВСЁ ПРОСТО УЖАС')).toContain('shouting');
  });
});

describe('obscene roots', () => {
  it.each(['употреблять', 'корабля', 'рубля', 'мандарин', 'мандат', 'скипидар', 'застрахую', 'психую', 'хлеба', 'оскорблять', 'колебаться', 'требовать', 'хребет', 'гребля', 'учебник', 'себе', 'небо', 'бляха', 'сучок', 'командир', 'хулиган', 'похудеть', 'ебург', 'ебурга'])(
    'leaves the innocent word %s alone',
    (word) => {
      expect(isObsceneWord(word)).toBe(false);
    },
  );

  it.each(['пиздец', 'ебаных', 'заебал', 'уебок', 'нахуй', 'охуеть', 'блядь', 'мудак', 'пидорас', 'суки'])('finds %s', (word) => {
    expect(isObsceneWord(word)).toBe(true);
  });

  it.each([
    ['бл*', true],
    ['х**', true],
    ['п@здец', true],
    ['мир*', false],
    ['книга*', false],
  ])('reads the masked word %s as mat: %s', (word, expected) => {
    expect(isMaskedObscene(word)).toBe(expected);
  });
});
